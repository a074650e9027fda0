from enum import StrEnum


class EvidenceSummaryGroupsItemType(StrEnum):
    ADVERSEEFFECTS = "AdverseEffects"
    ASSOCIATEDBIOLOGICALPROCESS = "AssociatedBiologicalProcess"
    BIOLOGICALLYACTIVESUBSTANCE = "BiologicallyActiveSubstance"
    BIOMATERIAL = "Biomaterial"
    BIOMATERIALTYPE = "BiomaterialType"
    CELL = "Cell"
    DEGRADATIONFEATURES = "DegradationFeatures"
    EFFECTONBIOLOGICALSYSTEM = "EffectOnBiologicalSystem"
    MANUFACTUREDOBJECT = "ManufacturedObject"
    MANUFACTUREDOBJECTCOMPONENT = "ManufacturedObjectComponent"
    MANUFACTUREDOBJECTFEATURES = "ManufacturedObjectFeatures"
    MATERIALPROCESSING = "MaterialProcessing"
    MEDICALAPPLICATION = "MedicalApplication"
    RESEARCHTECHNIQUE = "ResearchTechnique"
    SPECIES = "Species"
    STRUCTURE = "Structure"
    STUDYTYPE = "StudyType"
    TISSUE = "Tissue"

    def __str__(self) -> str:
        return str(self.value)
