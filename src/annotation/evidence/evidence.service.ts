import { Injectable } from '@nestjs/common';
import { Principal } from '../../accounts/auth/principal';
import { labelOf } from '../../catalogue/material-view';
import { MaterialsService } from '../../catalogue/materials.service';
import { ReferencePolicyService } from '../../catalogue/references/reference-policy.service';
import { ProblemException, validationProblem } from '../../common/problem/problem';
import { CurationService, CurationView } from '../../curation/curation.service';
import { LiteratureService } from '../../literature/literature.service';
import { VocabularyService } from '../../vocabulary/vocabulary.service';
import { EvidenceValue, evidenceValueProblems, withEvidence } from './evidence-proposal';
import { EvidenceSummary, evidenceSummary } from './evidence-summary';
import { MaterialCandidate, rankMaterialCandidates } from './material-candidates';

const COMPOSITION = 'kw-materials-composition';

export interface EvidenceProposal extends EvidenceValue {
  publicationId: string;
  quote?: { start: number; end: number };
}

/**
 * Evidence from literature into the catalogue (issue #18): which material a mention is about, a
 * value read from a publication proposed on the material through the normal curation workflow, and
 * the datasheet's summary of what reviewed publications report.
 */
@Injectable()
export class EvidenceService {
  constructor(
    private readonly literature: LiteratureService,
    private readonly materials: MaterialsService,
    private readonly curation: CurationService,
    private readonly vocabulary: VocabularyService,
    private readonly references: ReferencePolicyService,
  ) {}

  async candidates(conceptId: string, text: string | undefined): Promise<{ items: MaterialCandidate[] }> {
    const concept = (await this.vocabulary.index()).get(conceptId);
    if (!concept || concept.scheme !== COMPOSITION) {
      throw validationProblem([{ path: 'conceptId', message: concept ? `"${conceptId}" is not a material concept (it is in ${concept.scheme}); use a ${COMPOSITION} concept` : `there is no concept "${conceptId}"` }]);
    }
    const rows = await this.materials.publishedWithKeyword(COMPOSITION, conceptId);
    return { items: rankMaterialCandidates(text, rows.map((r) => ({ slug: r.slug, name: r.content.name, synonyms: r.content.synonyms ?? [], tradeNames: r.content.tradeNames ?? [] }))) };
  }

  /**
   * Adds the value to the material's current content (the draft in progress, else the published
   * content) with the publication as its reference: saved as the draft (saveDraft) or proposed on
   * the published record (proposeEdit), so that it is reviewed and published like any edit, never
   * directly. Then links the publication to the material when it was not.
   */
  async propose(slug: string, input: EvidenceProposal, by: Principal): Promise<CurationView> {
    const [index, publication, view] = await Promise.all([this.vocabulary.index(), this.literature.publication(input.publicationId), this.curation.get(slug, by)]);
    const errors = evidenceValueProblems(input, index.get(input.propertyType));
    if (!publication) errors.unshift({ path: 'publicationId', message: `there is no publication "${input.publicationId}"` });
    if (input.quote && input.quote.end <= input.quote.start) errors.push({ path: 'quote.end', message: 'must be after quote.start' });
    if (errors.length) throw validationProblem(errors);
    if (view.state === 'in_review' || view.state === 'retired') {
      throw new ProblemException(409, {
        type: 'wrong-state',
        title: 'Not editable now',
        detail: `"${slug}" is ${view.state === 'in_review' ? 'in review; request changes first' : 'retired; restore it first'}, then propose the value again.`,
      });
    }
    const current = view.draft ?? view.published;
    if (!current) throw new ProblemException(409, { type: 'wrong-state', title: 'Nothing to add to', detail: `"${slug}" has no content yet.` });
    const next = withEvidence(current, input, publication!, this.references.policy);
    if (!next.ok) throw validationProblem(next.errors);
    const quote = input.quote ? ` (the sentence at characters ${input.quote.start}-${input.quote.end} of its annotated text)` : '';
    const title = publication!.title.length > 200 ? `${publication!.title.slice(0, 199)}…` : publication!.title;
    const comment = `Value of ${labelOf(index, input.propertyType)} from publication ${publication!._id} ("${title}")${quote}`;
    const result = view.draft ? await this.curation.saveDraft(slug, next.content, view.revision, by, comment) : await this.curation.proposeEdit(slug, next.content, by, comment);
    await this.link(publication!._id, slug, by.id);
    return result;
  }

  /** Adds the material to the publication's links (read afresh, retried once if another edit lands in between). */
  private async link(id: string, slug: string, by: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const p = await this.literature.publication(id);
      if (!p || (p.materials ?? []).includes(slug)) return;
      try {
        await this.literature.setMaterials(id, [...(p.materials ?? []), slug], p.revision, by);
        return;
      } catch (err) {
        if (attempt > 0 || !(err instanceof ProblemException) || err.getStatus() !== 409) throw err;
      }
    }
  }

  /** The datasheet's evidence: reviewed publications of the published material, counted by concept. */
  async summary(slug: string): Promise<EvidenceSummary> {
    const [publications, index, record] = await Promise.all([this.literature.reviewedForMaterial(slug), this.vocabulary.index(), this.materials.findBySlug(slug)]);
    const own = new Set(record?.published?.keywords?.[COMPOSITION] ?? []);
    return evidenceSummary(slug, publications, (id) => {
      const c = index.get(id);
      return c ? { label: labelOf(index, id), scheme: c.scheme } : undefined;
    }, own);
  }
}
