/**
 * Account screens reached from mails or from the sign-in page: registration, the email verification
 * landing (`/verify-email?token=`), password reset (`/reset-password`, and `?token=` from the mail)
 * and invitation acceptance (`/invitations/accept?token=`). The paths are the ones the API's mails
 * link to. Every form keeps what was typed when the API refuses it and shows the API's message at
 * the field it names.
 */
import { useState } from 'react';
import { Link, useRouterState } from '@tanstack/react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Checkbox, Form, Label, Radio, RadioGroup, FieldError } from 'react-aria-components';
import { api, call, ApiError } from '../api/client';
import { useMe, useSignedIn } from '../api/queries';
import { PageTitle } from '../ui/Layout';
import { FormErrorSummary, TextInput, useServerErrors, SubmitButton } from '../ui/forms';

const useToken = () => useRouterState({ select: (s) => (s.location.search as { token?: string }).token });

const PASSWORD_HINT = 'At least 12 characters. Common or breached passwords, and ones containing your name or email, are refused.';

export const ORGANIZATION_KINDS = [
  ['research_institution', 'Research institution'],
  ['hospital', 'Hospital'],
  ['company', 'Company'],
  ['supplier', 'Supplier of materials'],
] as const;

/** A 400 for a mailed token (used, expired, unknown) in plain words. */
const tokenProblem = (e: unknown) => e instanceof ApiError && e.status === 400 && /invalid-(token|invitation)/.test(e.problem.type ?? '');

// ---- registration ------------------------------------------------------------------------------

const REGISTER_FIELDS = ['name', 'email', 'password', 'organization', 'organization.name', 'organization.kind', 'organization.country'];

export function RegisterPage() {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [withOrg, setWithOrg] = useState(false);
  const [orgName, setOrgName] = useState('');
  const [kind, setKind] = useState<string>('research_institution');
  const [country, setCountry] = useState('');
  const register = useMutation({
    mutationFn: () =>
      call(() =>
        api.POST('/api/v1/auth/register', {
          body: { name: name.trim(), email: email.trim(), password, ...(withOrg && { organization: { name: orgName.trim(), kind: kind as 'company', country: country.trim().toUpperCase() } }) },
        }),
      ),
  });
  const errors = useServerErrors(register.error, REGISTER_FIELDS);
  if (register.isSuccess)
    return (
      <section className="narrow">
        <PageTitle>Check your mailbox</PageTitle>
        <p role="status">
          We sent a message to <strong>{email.trim()}</strong> with a link to confirm your address. The link works once, for a day. Once confirmed, you can sign in.
        </p>
        <ResendVerification email={email.trim()} />
      </section>
    );
  return (
    <section className="narrow">
      <PageTitle>Create an account</PageTitle>
      <p>
        Already registered? <Link to="/signin">Sign in</Link>.
      </p>
      <Form
        validationBehavior="aria"
        {...errors.formProps}
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate();
        }}
      >
        <TextInput name="name" label="Your name" autoComplete="name" isRequired value={name} onChange={setName} />
        <TextInput name="email" label="Email" type="email" autoComplete="email" isRequired value={email} onChange={setEmail} />
        <TextInput name="password" label="Password" type="password" autoComplete="new-password" isRequired value={password} onChange={setPassword} description={PASSWORD_HINT} />
        <Checkbox className="checkbox" isSelected={withOrg} onChange={setWithOrg}>
          <span className="box" aria-hidden="true" />
          Also register my organization (you become its owner; we verify organizations before they can sell)
        </Checkbox>
        {withOrg && (
          <fieldset className="subform">
            <legend>Your organization</legend>
            <TextInput name="organization.name" label="Organization name" autoComplete="organization" isRequired value={orgName} onChange={setOrgName} />
            <RadioGroup name="organization.kind" className="radios" value={kind} onChange={setKind} isRequired>
              <Label>Kind</Label>
              {ORGANIZATION_KINDS.map(([value, label]) => (
                <Radio key={value} value={value} className="radio">
                  <span className="dot" aria-hidden="true" />
                  {label}
                </Radio>
              ))}
              <FieldError className="field-error" />
            </RadioGroup>
            <TextInput name="organization.country" label="Country (two-letter code, e.g. IT)" autoComplete="country" isRequired value={country} onChange={setCountry} size={4} />
          </fieldset>
        )}
        <FormErrorSummary error={register.error} errors={errors} />
        <SubmitButton pending={register.isPending} busy="Creating your account…">
          Create account
        </SubmitButton>
      </Form>
    </section>
  );
}

/** "Send the link again" (the API answers the same whether or not the address has an account). */
export function ResendVerification({ email: initial = '' }: { email?: string }) {
  const [email, setEmail] = useState(initial);
  const resend = useMutation({ mutationFn: () => call(() => api.POST('/api/v1/auth/verify-email/resend', { body: { email: email.trim() } })) });
  const errors = useServerErrors(resend.error, ['email']);
  return (
    <Form
      validationBehavior="aria"
      {...errors.formProps}
      className="card"
      aria-label="Send the confirmation link again"
      onSubmit={(e) => {
        e.preventDefault();
        resend.mutate();
      }}
    >
      <p>No mail after a few minutes? Check the spam folder, or send the link again.</p>
      {!initial && <TextInput name="email" label="Email" type="email" autoComplete="email" isRequired value={email} onChange={setEmail} />}
      <FormErrorSummary error={resend.error} errors={errors} />
      {resend.isSuccess && <p role="status">If {email.trim()} has an account waiting for confirmation, a new link is on its way.</p>}
      <Button type="submit" isDisabled={resend.isPending || !email.trim()}>
        Send the link again
      </Button>
    </Form>
  );
}

// ---- email verification ------------------------------------------------------------------------

export function VerifyEmailPage() {
  const fromLink = useToken();
  const [token, setToken] = useState(fromLink ?? '');
  const qc = useQueryClient();
  const signedIn = useSignedIn();
  const verify = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/auth/verify-email', { body: { token: token.trim() } })),
    onSuccess: () => qc.invalidateQueries({ queryKey: ['me'] }),
  });
  // From the mail's link the token is no field of the form: a refused one is "this link", not "the field".
  const errors = useServerErrors(verify.error, fromLink ? [] : ['token']);
  if (verify.isSuccess)
    return (
      <section className="narrow">
        <PageTitle>Address confirmed</PageTitle>
        <p role="status">Thank you: your email address is confirmed.</p>
        <p>{signedIn ? <Link to="/account">Go to your account</Link> : <Link to="/signin">Sign in now</Link>}</p>
      </section>
    );
  const used = tokenProblem(verify.error) || (!!fromLink && verify.error instanceof ApiError && verify.error.status === 400);
  return (
    <section className="narrow">
      <PageTitle>Confirm your email address</PageTitle>
      <Form
        validationBehavior="aria"
        {...errors.formProps}
        onSubmit={(e) => {
          e.preventDefault();
          verify.mutate();
        }}
      >
        {fromLink ? (
          <p>You opened the confirmation link of your Biomat Hub account. Confirm that this address is yours:</p>
        ) : (
          <TextInput name="token" label="Confirmation code from the mail" isRequired value={token} onChange={setToken} description="The mail shows it under the link, after “Verification token:”." />
        )}
        {used ? (
          <p role="alert" className="error">
            This link was used already, has expired, or is not complete. If your address is not confirmed yet, ask for a new link below.
          </p>
        ) : (
          <FormErrorSummary error={verify.error} errors={errors} />
        )}
        <SubmitButton pending={verify.isPending} busy="Confirming…" disabled={!token.trim()}>
          Confirm my address
        </SubmitButton>
      </Form>
      {(used || !fromLink) && <ResendVerification />}
    </section>
  );
}

// ---- password reset ----------------------------------------------------------------------------

export function ResetPasswordPage() {
  const token = useToken();
  return token ? <NewPassword token={token} /> : <RequestReset />;
}

function RequestReset() {
  const [email, setEmail] = useState('');
  const request = useMutation({ mutationFn: () => call(() => api.POST('/api/v1/auth/password-reset', { body: { email: email.trim() } })) });
  const errors = useServerErrors(request.error, ['email']);
  return (
    <section className="narrow">
      <PageTitle>Reset your password</PageTitle>
      {request.isSuccess ? (
        <p role="status">
          If an account uses <strong>{email.trim()}</strong>, a mail with a link to choose a new password is on its way. The link works once, for a day.
        </p>
      ) : (
        <Form
          validationBehavior="aria"
          {...errors.formProps}
          onSubmit={(e) => {
            e.preventDefault();
            request.mutate();
          }}
        >
          <p>Enter the address of your account; we mail you a link to choose a new password.</p>
          <TextInput name="email" label="Email" type="email" autoComplete="email" isRequired value={email} onChange={setEmail} />
          <FormErrorSummary error={request.error} errors={errors} />
          <Button type="submit" className="primary" isDisabled={request.isPending}>
            Send me a link
          </Button>
        </Form>
      )}
      <p>
        Remembered it? <Link to="/signin">Sign in</Link>.
      </p>
    </section>
  );
}

function NewPassword({ token }: { token: string }) {
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const reset = useMutation({ mutationFn: () => call(() => api.POST('/api/v1/auth/password-reset/confirm', { body: { token, password } })) });
  const errors = useServerErrors(reset.error, ['password', 'token']);
  if (reset.isSuccess)
    return (
      <section className="narrow">
        <PageTitle>Password changed</PageTitle>
        <p role="status">Your new password is set, and every session of your account was signed out.</p>
        <p>
          <Link to="/signin">Sign in with your new password</Link>
        </p>
      </section>
    );
  const used = tokenProblem(reset.error) || !!errors.byField.token;
  return (
    <section className="narrow">
      <PageTitle>Choose a new password</PageTitle>
      <Form
        validationBehavior="aria"
        {...errors.formProps}
        onSubmit={(e) => {
          e.preventDefault();
          if (password !== again) return setMismatch(true);
          setMismatch(false);
          reset.mutate();
        }}
      >
        <TextInput name="password" label="New password" type="password" autoComplete="new-password" isRequired value={password} onChange={setPassword} description={PASSWORD_HINT} />
        <TextInput
          name="again"
          label="New password again"
          type="password"
          autoComplete="new-password"
          isRequired
          value={again}
          onChange={(v) => {
            setAgain(v);
            setMismatch(false);
          }}
          isInvalid={mismatch || undefined}
          errorMessage="The two passwords differ."
        />
        {used ? (
          <p role="alert" className="error">
            This link was used already or has expired. <Link to="/reset-password">Ask for a new link</Link>.
          </p>
        ) : (
          <FormErrorSummary error={reset.error} errors={errors} />
        )}
        <SubmitButton pending={reset.isPending} busy="Saving…">
          Set new password
        </SubmitButton>
      </Form>
    </section>
  );
}

// ---- invitations -------------------------------------------------------------------------------

interface OrganizationView {
  id: string;
  name: string;
  kind: string;
}

export function InvitationPage() {
  const fromLink = useToken();
  const [token, setToken] = useState(fromLink ?? '');
  const signedIn = useSignedIn();
  const { data: me } = useMe();
  const href = useRouterState({ select: (s) => s.location.href });
  const qc = useQueryClient();
  const accept = useMutation({
    mutationFn: () => call(() => api.POST('/api/v1/invitations/accept', { body: { token: token.trim() } })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['me'] });
      void qc.invalidateQueries({ queryKey: ['orgs'] });
    },
  });
  const errors = useServerErrors(accept.error, fromLink ? [] : ['token']);
  const refused = tokenProblem(accept.error) || (!!fromLink && accept.error instanceof ApiError && accept.error.status === 400);
  if (accept.data)
    return (
      <section className="narrow">
        <PageTitle>Invitation accepted</PageTitle>
        <p role="status">
          You are now a member of <strong>{accept.data.name}</strong>.
        </p>
        <p>
          <Link to="/account">See your account</Link>
        </p>
      </section>
    );
  return (
    <section className="narrow">
      <PageTitle>Join an organization</PageTitle>
      {!signedIn ? (
        <>
          <p>You were invited to join an organization on Biomat Hub. Sign in with the invited address to accept; new here? Create an account with that address first, confirm it, then open the invitation link again.</p>
          <p className="actions">
            <Link to="/signin" search={{ next: href }} className="button primary">
              Sign in to accept
            </Link>
            <Link to="/register" className="button">
              Create an account
            </Link>
          </p>
        </>
      ) : (
        <Form
          validationBehavior="aria"
          {...errors.formProps}
          onSubmit={(e) => {
            e.preventDefault();
            accept.mutate();
          }}
        >
          <p>
            You are signed in as <strong>{me?.email ?? '…'}</strong>. The invitation must have been sent to this address.
          </p>
          {!fromLink && <TextInput name="token" label="Invitation code from the mail" isRequired value={token} onChange={setToken} />}
          {refused ? (
            <p role="alert" className="error">
              This invitation is unknown, has expired or was used, or it was sent to another address than {me?.email ?? 'yours'}. Ask the organization for a new one.
            </p>
          ) : (
            <FormErrorSummary error={accept.error} errors={errors} />
          )}
          <SubmitButton pending={accept.isPending} busy="Joining…" disabled={!token.trim()}>
            Accept the invitation
          </SubmitButton>
        </Form>
      )}
    </section>
  );
}
