import { useState } from 'react';
import { Link } from '@tanstack/react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, call } from '../api/client';
import type { Cart, CartLine, Offer } from '../api/types';
import { ErrorMessage, PageTitle, RequireSignIn } from '../ui/Layout';
import { money } from '../ui/money';

export const cartQuery = { queryKey: ['cart'], queryFn: () => call(() => api.GET('/api/v1/cart')) };

/** The tier price for `quantity` packs (the tier with the highest minimum not above it). */
export function tierPrice(tiers: { minQuantity: number; unitPriceMinor: number }[], quantity: number): number | null {
  return [...tiers].filter((t) => t.minQuantity <= quantity).sort((a, b) => b.minQuantity - a.minQuantity)[0]?.unitPriceMinor ?? null;
}

/** Lines grouped by supplier: each group becomes one order at checkout. */
export function bySupplier(lines: CartLine[]): { supplier: CartLine['supplier']; lines: CartLine[] }[] {
  const groups = new Map<string, { supplier: CartLine['supplier']; lines: CartLine[] }>();
  for (const l of lines) {
    const g = groups.get(l.supplier.id) ?? { supplier: l.supplier, lines: [] };
    g.lines.push(l);
    groups.set(l.supplier.id, g);
  }
  return [...groups.values()];
}

export function CartPage() {
  return (
    <section>
      <PageTitle>Cart</PageTitle>
      <RequireSignIn>
        <CartBody />
      </RequireSignIn>
    </section>
  );
}

function CartBody() {
  const qc = useQueryClient();
  const { data: cart, error } = useQuery(cartQuery);
  const accept = useMutation({ mutationFn: () => call(() => api.POST('/api/v1/cart/accept-prices')), onSuccess: (c) => qc.setQueryData(['cart'], c) });
  if (error) return <ErrorMessage error={error} />;
  if (!cart) return <p role="status">Loading your cart…</p>;
  if (!cart.lines.length)
    return (
      <p>
        Your organization’s cart is empty. <Link to="/">Search materials</Link> and add offers from their datasheets.
      </p>
    );
  const priceChanged = cart.lines.some((l) => l.problems.some((p) => p.code === 'price-changed'));
  const blocked = cart.lines.some((l) => l.problems.length);
  return (
    <>
      <p className="muted">Shared by the members of your organization. Stock is reserved only when you confirm the order. {cart.suppliers > 1 && `Checkout places ${cart.suppliers} orders, one per supplier.`}</p>
      {bySupplier(cart.lines).map((g) => (
        <section key={g.supplier.id} className="card" aria-labelledby={`sup-${g.supplier.id}`}>
          <h2 id={`sup-${g.supplier.id}`}>
            {g.supplier.name} <span className="muted">({g.supplier.country})</span>
          </h2>
          <table>
            <caption className="sr-only">Items from {g.supplier.name}</caption>
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Quantity (packs)</th>
                <th scope="col">Price per pack</th>
                <th scope="col">Net</th>
                <th scope="col">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {g.lines.map((l) => (
                <CartRow key={l.id} line={l} />
              ))}
            </tbody>
          </table>
        </section>
      ))}
      <ErrorMessage error={accept.error} />
      <div className="actions">
        {priceChanged && (
          <button type="button" onClick={() => accept.mutate()} disabled={accept.isPending}>
            Accept the new prices
          </button>
        )}
        {blocked ? (
          <p role="status">Fix the lines marked above before checking out.</p>
        ) : (
          <Link to="/checkout" className="button primary">
            Check out
          </Link>
        )}
      </div>
    </>
  );
}

function CartRow({ line }: { line: CartLine }) {
  const qc = useQueryClient();
  const [quantity, setQuantity] = useState(String(line.quantity));
  const q = Number(quantity);
  const valid = Number.isInteger(q) && q >= 1;
  const unit = valid ? tierPrice(line.priceTiers, q) : null;
  const save = useMutation({
    mutationFn: () => call(() => api.PATCH('/api/v1/cart/lines/{lineId}', { params: { path: { lineId: line.id } }, body: { quantity: q } })),
    onSuccess: (c) => qc.setQueryData(['cart'], c),
  });
  const remove = useMutation({
    mutationFn: () => call(() => api.DELETE('/api/v1/cart/lines/{lineId}', { params: { path: { lineId: line.id } } })),
    onSuccess: (c) => qc.setQueryData(['cart'], c),
  });
  const id = `qty-${line.id}`;
  return (
    <tr>
      <td>
        <Link to="/materials/$slug" params={{ slug: line.materialSlug }}>
          {line.materialName}
        </Link>
        <br />
        <span className="muted">
          {line.title} · SKU {line.sku} · pack of {line.packSize.value} {line.packSize.unit} · {line.stockAvailable} in stock · minimum {line.minOrderQuantity} · ships in {line.leadTimeDays} days
        </span>
        {line.problems.map((p) => (
          <p key={p.code} className="error" role="alert">
            {p.message}
          </p>
        ))}
      </td>
      <td>
        {line.quoteId ? (
          <>
            {line.quantity} <span className="muted">(quoted)</span>
          </>
        ) : (
          <>
        <label htmlFor={id} className="sr-only">
          Quantity of {line.title}
        </label>
        <input id={id} type="number" min={1} inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} aria-describedby={`${id}-hint`} />
        <span id={`${id}-hint`} className="sr-only">
          packs; the price per pack follows the quantity tiers
        </span>
        {valid && q !== line.quantity && (
          <button type="button" onClick={() => save.mutate()} disabled={save.isPending}>
            Update
          </button>
        )}
        <ErrorMessage error={save.error} />
          </>
        )}
      </td>
      <td>
        {line.quoteId ? (line.unitPriceMinor !== null ? `${money(line.unitPriceMinor, line.currency)} (quoted)` : '—') : unit !== null ? money(unit, line.currency) : '—'}
      </td>
      <td>{line.quoteId ? money(line.lineNetMinor, line.currency) : unit !== null ? money(unit * (valid ? q : line.quantity), line.currency) : '—'}</td>
      <td>
        <button type="button" onClick={() => remove.mutate()} disabled={remove.isPending} aria-label={`Remove ${line.title} from the cart`}>
          Remove
        </button>
      </td>
    </tr>
  );
}

/** "Add to cart" on an offer card: a quantity with the tier price that applies, minimum order and stock. */
export function AddToCart({ offer }: { offer: Offer }) {
  const qc = useQueryClient();
  const [quantity, setQuantity] = useState(String(offer.minOrderQuantity || 1));
  const [added, setAdded] = useState<Cart | null>(null);
  const q = Number(quantity);
  const valid = Number.isInteger(q) && q >= (offer.minOrderQuantity || 1);
  const unit = valid ? tierPrice(offer.priceTiers, q) : null;
  const add = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/cart/lines', { body: { offerId: offer.id, quantity: q } })),
    onSuccess: (c) => {
      qc.setQueryData(['cart'], c);
      setAdded(c);
    },
  });
  const id = `add-${offer.id}`;
  return (
    <div className="add-to-cart">
      <label htmlFor={id}>Packs</label>
      <input id={id} type="number" min={offer.minOrderQuantity || 1} max={offer.stockAvailable || undefined} inputMode="numeric" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      <span aria-live="polite">
        {!valid ? `The minimum order is ${offer.minOrderQuantity} pack(s).` : q > offer.stockAvailable ? `Only ${offer.stockAvailable} in stock.` : unit !== null ? `${money(unit, offer.currency)} per pack, ${money(unit * q, offer.currency)} net` : ''}
      </span>
      <button type="button" className="secondary" onClick={() => add.mutate()} disabled={!valid || q > offer.stockAvailable || add.isPending}>
        Add to cart
      </button>
      {added && (
        <p role="status">
          Added. <Link to="/cart">Go to the cart</Link> ({added.lines.length} line{added.lines.length === 1 ? '' : 's'}).
        </p>
      )}
      <ErrorMessage error={add.error} />
    </div>
  );
}
