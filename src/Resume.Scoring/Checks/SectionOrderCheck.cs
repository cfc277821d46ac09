namespace Resume.Scoring.Checks;

/// <summary>
/// Sections in the guide's order. Measured as the share of section pairs in the right order, so one misplaced
/// section costs less than a shuffled résumé, and every step toward the guide's order raises the score.
/// </summary>
internal sealed class SectionOrderCheck : ResumeCheck
{
    public override string Id => CheckIds.SectionOrder;
    public override string Title => "Sections in the recommended order";
    public override int Weight => 6;
    public override string Category => ScoreCategories.Structure;

    public override CheckOutcome Run(CheckContext context)
    {
        var order = context.Rules.SectionOrder;
        var actual = context.Sections.Select(s => s.Kind).Where(order.Contains).Distinct(StringComparer.Ordinal).ToList();
        if (context.Sections.Count == 0)
        {
            return CheckOutcome.NotApplicable("The résumé came without the order of its sections (it was not read from a file), so the order is not judged.");
        }
        if (actual.Count < 2)
        {
            return CheckOutcome.NotApplicable("Fewer than two of the guide's sections were found, so there is no order to judge.");
        }

        var rank = order.Select((kind, i) => (kind, i)).ToDictionary(p => p.kind, p => p.i, StringComparer.Ordinal);
        var pairs = actual.Count * (actual.Count - 1) / 2;
        var inverted = new List<(string Early, string Late)>();
        for (var i = 0; i < actual.Count; i++)
        {
            for (var j = i + 1; j < actual.Count; j++)
            {
                if (rank[actual[i]] > rank[actual[j]])
                {
                    inverted.Add((actual[i], actual[j]));
                }
            }
        }

        var written = actual.Select(context.HeadingOf).ToList();
        if (inverted.Count == 0)
        {
            return CheckOutcome.Pass(1, $"The sections follow the guide's order: {string.Join(" → ", written)}.", [context.SectionsLine()]);
        }

        var score = 1 - (double)inverted.Count / pairs;
        var recommended = order.Where(actual.Contains).Select(context.HeadingOf).ToList();
        var (early, late) = inverted[0];
        return new CheckOutcome(score, CheckOutcome.StatusOf(score, pass: 1, warn: 0.6),
            $"{inverted.Count} of {pairs} pairs of sections are out of the guide's order; for example {context.HeadingOf(early)} comes before {context.HeadingOf(late)}.",
            [context.SectionsLine()],
            $"Reorder the sections to: contact details → {string.Join(" → ", recommended)}.");
    }
}
