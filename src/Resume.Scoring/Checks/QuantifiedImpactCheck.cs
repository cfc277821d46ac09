using Resume.Model;
using Resume.Scoring.Text;

namespace Resume.Scoring.Checks;

/// <summary>
/// The share of experience bullets that carry a figure: rates, latencies, uptime, volume, percentages, money, counts.
/// The score rises with the share up to three bullets in four, so every bullet given a number counts.
/// </summary>
internal sealed class QuantifiedImpactCheck : ResumeCheck
{
    private const double FullMarks = 0.75;
    private const double PassShare = 0.6;

    public override string Id => CheckIds.QuantifiedImpact;
    public override string Title => "Results measured in numbers";
    public override int Weight => 14;
    public override string Category => ScoreCategories.Content;

    public override CheckOutcome Run(CheckContext context)
    {
        var bullets = context.Bullets;
        var guideFix = context.Rules.Mistakes.FirstOrDefault(m => m.Checks?.Contains(Id) == true)?.Fix;
        if (bullets.Count == 0)
        {
            return new CheckOutcome(0, CheckStatus.Fail, "No experience bullets were found, so no results can be measured." + context.UnreadNote(),
                [context.SectionsLine()],
                $"Under each job, add three to five bullets that say what you did and what changed. {guideFix}".TrimEnd());
        }

        var kinds = new Dictionary<QuantityKind, int>();
        var plain = new List<Bullet>();
        foreach (var bullet in bullets)
        {
            var quantities = context.QuantitiesIn(bullet.Text);
            if (quantities.Count == 0)
            {
                plain.Add(bullet);
            }
            foreach (var kind in quantities.Select(q => q.Kind).Distinct())
            {
                kinds[kind] = kinds.GetValueOrDefault(kind) + 1;
            }
        }

        var measured = bullets.Count - plain.Count;
        var share = (double)measured / bullets.Count;
        var score = Math.Min(1, share / FullMarks);
        var breakdown = kinds.Count == 0
            ? ""
            : $" ({string.Join(", ", kinds.OrderByDescending(k => k.Value).ThenBy(k => k.Key).Select(k => $"{Name(k.Key)} in {k.Value}"))})";
        var detail = $"{measured} of {bullets.Count} bullets ({share:P0}) carry a number{breakdown}.";
        if (share >= PassShare)
        {
            return CheckOutcome.Pass(score, detail, plain.Select(b => b.Text).Take(5).ToList());
        }

        return new CheckOutcome(score, share >= 0.3 ? CheckStatus.Warn : CheckStatus.Fail, detail,
            plain.Select(b => b.Text).Take(6).ToList(),
            $"Give at least {(int)Math.Ceiling(PassShare * bullets.Count)} of the {bullets.Count} bullets a figure: the scale (people, items, money, time) or the change (from X to Y, by N%). "
            + $"Start with '{Wording.Shorten(plain[0].Text, 90)}': by how much did it improve things, or for how many? {guideFix}".TrimEnd());
    }

    private static string Name(QuantityKind kind) =>
        kind switch
        {
            QuantityKind.Percentage => "percentages",
            QuantityKind.Money => "money",
            QuantityKind.Time => "times",
            QuantityKind.Rate => "rates",
            QuantityKind.Volume => "volumes",
            QuantityKind.Multiplier => "multiples",
            _ => "counts",
        };
}
