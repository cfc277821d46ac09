namespace Resume.Scoring.Checks;

/// <summary>
/// The kinds of work the guide asks the experience to show (for a backend developer: API design, database work,
/// security, testing). Shown in a bullet counts fully; only named in the skills list or summary counts half.
/// </summary>
internal sealed class RoleEvidenceCheck : ResumeCheck
{
    public override string Id => CheckIds.RoleEvidence;
    public override string Title => "Experience shows the work the role needs";
    public override int Weight => 6;
    public override string Category => ScoreCategories.Content;

    public override CheckOutcome Run(CheckContext context)
    {
        var guide = context.Guide;
        var listedLines = context.SkillLines().Append(context.Resume.Basics.Summary ?? "").ToList();
        var shown = new List<(string Title, string Line)>();
        var listedOnly = new List<(string Id, string Title, string Line)>();
        var missing = new List<(string Id, string Title)>();

        foreach (var evidence in context.Rules.Evidence)
        {
            if (FirstLineShowing(evidence.Id, context.ExperienceLines, context) is { } line)
            {
                shown.Add((evidence.Title, line));
            }
            else if (FirstLineShowing(evidence.Id, listedLines, context) is { } listed)
            {
                listedOnly.Add((evidence.Id, evidence.Title, listed));
            }
            else
            {
                missing.Add((evidence.Id, evidence.Title));
            }
        }

        var total = context.Rules.Evidence.Count;
        var score = (shown.Count + 0.5 * listedOnly.Count) / total;
        var parts = new List<string> { $"{shown.Count} of {total} kinds of work the guide asks for are shown in the experience" };
        if (listedOnly.Count > 0)
        {
            parts.Add($"named but not shown: {string.Join("; ", listedOnly.Select(l => l.Title))}");
        }
        if (missing.Count > 0)
        {
            parts.Add($"no sign of: {string.Join("; ", missing.Select(m => m.Title))}");
        }
        var detail = string.Join("; ", parts) + "." + (listedOnly.Count + missing.Count > 0 ? context.UnreadNote() : "");
        var evidenceLines = shown.Select(s => $"{s.Title}: {s.Line}").Concat(listedOnly.Select(l => $"{l.Title} (named only): {l.Line}")).ToList();
        if (listedOnly.Count == 0 && missing.Count == 0)
        {
            return CheckOutcome.Pass(1, detail, evidenceLines);
        }
        if (evidenceLines.Count == 0)
        {
            // The bullets that were read, so the reader sees where the work should have shown.
            evidenceLines.AddRange(context.Bullets.Count > 0 ? context.Bullets.Take(3).Select(b => Wording.Shorten(b.Text)) : [context.SectionsLine()]);
        }

        var fixes = listedOnly.Select(l => (l.Id, l.Title)).Concat(missing)
            .Select(m => $"{m.Title}: {guide.MistakeFor(context.Rules.Evidence.First(e => e.Id == m.Id)).Fix}");
        return new CheckOutcome(score, CheckOutcome.StatusOf(score, pass: 1), detail, evidenceLines, string.Join(" ", fixes))
        {
            EvidenceGaps = listedOnly.Select(l => l.Id).Concat(missing.Select(m => m.Id)).ToList(),
        };
    }

    private static string? FirstLineShowing(string evidenceId, IEnumerable<string> lines, CheckContext context) =>
        lines.FirstOrDefault(line => context.EvidenceIn(line).Contains(evidenceId)) is { } found ? Wording.Shorten(found) : null;
}
