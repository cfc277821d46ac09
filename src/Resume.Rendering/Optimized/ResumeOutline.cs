namespace Resume.Rendering.Optimized;

/// <summary>
/// The rewrite's content, in order and already worded, with no layout in it: the PDF and the DOCX draw the same outline,
/// so both files say exactly the same thing and parse back the same way.
/// </summary>
/// <param name="Notes">What was left out to keep the rewrite bounded, said at its end.</param>
internal sealed record ResumeOutline(string Name, string Headline, IReadOnlyList<string> Contact, IReadOnlyList<OutlineSection> Sections, IReadOnlyList<string> Notes);

/// <param name="Kind">One of <see cref="Resume.Model.SectionKinds"/>.</param>
internal sealed record OutlineSection(string Kind, string Heading, IReadOnlyList<OutlineBlock> Blocks);

internal abstract record OutlineBlock;

/// <summary>A paragraph of prose (the summary, a project's description).</summary>
internal sealed record ProseBlock(string Text) : OutlineBlock;

/// <summary>The head of an entry: its title ("Senior Engineer"), organisation and place ("Acme Corp", "Remote"), dates.</summary>
internal sealed record EntryBlock(string Title, string Dates, string Subtitle, string Place) : OutlineBlock;

internal sealed record BulletBlock(string Text) : OutlineBlock;

/// <summary>"Languages: C#, Go, SQL": a bold label and its list.</summary>
internal sealed record LabeledBlock(string Label, string Text) : OutlineBlock;

internal static class OutlineText
{
    public const string Separator = " | ";

    /// <summary>"Acme Corp | Remote": the organisation and the place on one line.</summary>
    public static string Organisation(EntryBlock entry) =>
        string.Join(Separator, new[] { entry.Subtitle, entry.Place }.Where(p => p.Length > 0));
}
