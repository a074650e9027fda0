import PDFDocument from 'pdfkit';
import { PostalAddress } from '../accounts/organizations/organization.schema';
import { Order, OrderParty } from '../marketplace/orders/order.schema';

/**
 * The invoice (or credit note) of an order as a PDF, with pdfkit (maintained, streams, no browser
 * needed). It carries what an EU B2B invoice needs (Directive 2006/112/EC, Art. 226): its number
 * (the order number: sequential per supplier), the issue date, the supplier's and the buyer's
 * names, addresses and VAT numbers, the lines with quantity, unit price and net, the VAT rate and
 * amount per rate or the exemption note (reverse charge, export), the totals, the payment terms
 * and the buyer's purchase-order number. Standard PDF fonts (Helvetica): Latin-1 text only.
 */
export function renderInvoicePdf(order: Order, kind: 'invoice' | 'credit-note' = 'invoice'): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${kind === 'invoice' ? 'Invoice' : 'Credit note'} ${order.number ?? order._id}`, Author: order.supplierParty?.name ?? 'Biomat Hub' } });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const sign = kind === 'credit-note' ? -1 : 1;
  const money = (minor: number) => `${order.currency} ${((sign * minor) / 100).toFixed(2)}`;
  const date = (d: Date | string) => new Date(d).toISOString().slice(0, 10);
  const issued = kind === 'invoice' ? (order.invoice?.issuedAt ?? order.createdAt) : (order.creditNote?.issuedAt ?? new Date());
  const number = kind === 'invoice' ? (order.invoice?.number ?? order.number ?? order._id) : (order.creditNote?.number ?? '');

  doc.fontSize(18).font('Helvetica-Bold').text(kind === 'invoice' ? 'Invoice' : 'Credit note');
  doc.moveDown(0.3).fontSize(10).font('Helvetica');
  doc.text(`${kind === 'invoice' ? 'Invoice number' : 'Credit note number'}: ${number}`);
  if (kind === 'credit-note') doc.text(`Credits invoice: ${order.invoice?.number ?? order.number ?? order._id}`);
  doc.text(`Date of issue: ${date(issued)}`);
  doc.text(`Order: ${order.number ?? order._id}, placed ${date(order.createdAt)}`);
  if (order.poNumber) doc.text(`Purchase order: ${order.poNumber}`);
  doc.moveDown();

  const top = doc.y;
  party(doc, 'Supplier', order.supplierParty ?? null, 50, top);
  party(doc, 'Bill to', order.buyerParty ? { ...order.buyerParty, address: order.billTo ?? order.buyerParty.address } : null, 300, top);
  doc.y = Math.max(doc.y, top + 110);
  if (order.shipTo) {
    doc.x = 50;
    doc.font('Helvetica-Bold').text('Ship to').font('Helvetica').text(addressLines(order.shipTo).join('\n'));
  }
  doc.moveDown();

  // Lines
  const cols = [50, 250, 320, 390, 470];
  const row = (cells: string[], bold = false) => {
    const y = doc.y;
    doc.font(bold ? 'Helvetica-Bold' : 'Helvetica');
    cells.forEach((c, i) => doc.text(c, cols[i], y, { width: (cols[i + 1] ?? 545) - cols[i] - 6, align: i === 0 ? 'left' : 'right' }));
    doc.moveDown(0.4);
  };
  row(['Item', 'Quantity', 'Unit price', 'VAT', 'Net'], true);
  for (const l of order.lines) row([`${l.title} (${l.sku}), ${l.packSize.value} ${l.packSize.unit} pack`, String(l.quantity), money(l.unitPriceMinor), money(l.vatMinor ?? 0), money(l.lineTotalMinor)]);
  doc.moveDown();
  const net = order.netMinor ?? order.totalMinor;
  const vat = order.vat;
  doc.x = 50;
  row(['', '', '', 'Net total', money(net)]);
  row(['', '', '', `VAT ${vat ? (vat.rateBps / 100).toFixed(vat.rateBps % 100 ? 2 : 0) : '0'} %`, money(vat?.amountMinor ?? 0)]);
  row(['', '', '', 'Total', money(order.totalMinor)], true);
  doc.x = 50;
  doc.moveDown();
  if (vat?.note) doc.font('Helvetica-Bold').text(vat.note, 50, doc.y, { width: 495 });
  doc.font('Helvetica').moveDown();
  if (kind === 'invoice') {
    const terms = order.paymentMethod === 'invoice'
      ? `Payment terms: due ${order.dueDays ?? 30} days after the invoice date, by ${date(order.payBy)}.`
      : `Paid by card${order.payment.status === 'succeeded' ? '' : ' (payment pending)'}.`;
    doc.text(terms, 50, doc.y, { width: 495 });
  } else {
    doc.text('The amount above is refunded to the original payment method or credited against open invoices.', 50, doc.y, { width: 495 });
  }
  doc.moveDown().fontSize(8).fillColor('#555').text('Issued through Biomat Hub on behalf of the supplier named above.', 50, doc.y, { width: 495 });
  doc.end();
  return done;
}

function addressLines(a: PostalAddress): string[] {
  return [a.recipient, a.organizationName, ...a.lines, `${a.postalCode} ${a.city}${a.region ? ` (${a.region})` : ''}`, a.country].filter((x): x is string => !!x);
}

function party(doc: PDFKit.PDFDocument, title: string, p: OrderParty | null, x: number, y: number): void {
  doc.font('Helvetica-Bold').text(title, x, y, { width: 240 });
  doc.font('Helvetica');
  if (!p) return void doc.text('-', x, doc.y, { width: 240 });
  const lines = p.address ? addressLines({ ...p.address, organizationName: p.name }) : [p.name];
  doc.text(lines.join('\n'), x, doc.y, { width: 240 });
  doc.text(`VAT number: ${p.vatNumber ?? 'none given'}`, x, doc.y, { width: 240 });
}
