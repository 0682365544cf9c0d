"use client";

// The forms a tag's row opens: edit (name and description) and merge (pick the
// tag to merge into; the row asks for confirmation before sending).
import { useMutation } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { describedBy, Field, fieldErrors, formError, hintClass, useFocusFirstInvalid } from "@/components/admin/ui/field";
import { inputClass, primaryButtonClass, secondaryButtonClass } from "@/components/ui/classes";
import { FormAlert } from "@/components/ui/form-alert";
import type { DeskTag } from "@/db/queries/admin-tags";
import { fetcher } from "@/lib/query/fetcher";
import { count, quoted } from "./tag-text";

export function EditTagForm({
  id,
  tag,
  onDone,
  onCancel,
}: {
  id: string;
  tag: DeskTag;
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  const [name, setName] = useState(tag.name);
  const [description, setDescription] = useState(tag.description);
  const save = useMutation({
    mutationFn: (input: { name: string; description: string }) =>
      fetcher<{ tag: { name: string } }>(`/api/admin/tags/${encodeURIComponent(tag.slug)}`, { method: "PATCH", json: input }),
    onSuccess: ({ tag: saved }) => onDone(saved.name),
  });
  useEffect(() => nameRef.current?.focus(), []);
  useFocusFirstInvalid(formRef, save.error);
  const errors = fieldErrors(save.error);

  return (
    <form
      ref={formRef}
      id={id}
      aria-label={`Edit ${tag.name}`}
      className="flex flex-col gap-4 rounded-lg bg-stone-50 p-4 dark:bg-stone-900"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate({ name, description });
      }}
    >
      <FormAlert message={formError(save.error, ["name", "description"])} />
      <p className={hintClass}>
        The slug stays <span className="wrap-anywhere">/tags/{tag.slug}</span>, so links to the tag keep working.
      </p>
      <Field id={`${id}-name`} label="Name" error={errors.name}>
        <input
          ref={nameRef}
          id={`${id}-name`}
          {...describedBy(`${id}-name`, { error: errors.name })}
          required
          maxLength={60}
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          className={inputClass}
        />
      </Field>
      <Field id={`${id}-description`} label="Description" error={errors.description}>
        <textarea
          id={`${id}-description`}
          {...describedBy(`${id}-description`, { error: errors.description })}
          rows={2}
          maxLength={500}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          className={`${inputClass} py-2`}
        />
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass} disabled={save.isPending}>
          {save.isPending ? "Saving…" : "Save changes"}
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function MergeTagForm({
  id,
  tag,
  options,
  into,
  setInto,
  error,
  onSubmit,
  onCancel,
}: {
  id: string;
  tag: DeskTag;
  options: DeskTag[];
  into: string;
  setInto: (slug: string) => void;
  error: Error | null;
  onSubmit: () => void;
  onCancel: () => void;
}) {
  const formRef = useRef<HTMLFormElement>(null);
  const selectRef = useRef<HTMLSelectElement>(null);
  useEffect(() => selectRef.current?.focus(), []);
  useFocusFirstInvalid(formRef, error);
  const errors = fieldErrors(error);

  if (options.length === 0) {
    return (
      <p id={id} className={hintClass}>
        There is no other tag to merge into yet.
      </p>
    );
  }
  return (
    <form
      ref={formRef}
      id={id}
      aria-label={`Merge ${tag.name}`}
      className="flex flex-col gap-4 rounded-lg bg-stone-50 p-4 dark:bg-stone-900"
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <FormAlert message={formError(error, ["into"])} />
      <Field
        id={`${id}-into`}
        label={`Merge ${quoted(tag.name)} into`}
        error={errors.into}
        hint={`Its ${count(tag.storyCount, "story", "stories")} and ${count(tag.followerCount, "follower", "followers")} move to the tag you pick; ${quoted(tag.name)} is then deleted. You confirm first.`}
      >
        <select
          ref={selectRef}
          id={`${id}-into`}
          {...describedBy(`${id}-into`, { error: errors.into, hint: true })}
          required
          value={into}
          onChange={(e) => setInto(e.target.value)}
          className={inputClass}
        >
          <option value="">Choose a tag…</option>
          {options.map((option) => (
            <option key={option.slug} value={option.slug}>
              {option.name} (/tags/{option.slug})
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-wrap gap-3">
        <button type="submit" className={primaryButtonClass}>
          Merge…
        </button>
        <button type="button" className={secondaryButtonClass} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
