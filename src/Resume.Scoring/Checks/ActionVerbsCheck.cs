using Resume.Model;
namespace Resume.Scoring.Checks;

/// <summary>Bullets that open with a strong action verb, not a duty ("Responsible for", "Worked on", "Helped").</summary>
internal sealed class ActionVerbsCheck : ResumeCheck
{
    public override string Id => CheckIds.ActionVerbs;
    public override string Title => "Bullets open with strong action verbs";
    public override int Weight => 10;
    public override string Category => ScoreCategories.Content;

    public override CheckOutcome Run(CheckContext context)
    {
        var bullets = context.Bullets;
        var verbs = context.Guide.ActionVerbForms;
        var suggestions = string.Join(", ", context.Rules.ActionVerbs.Take(8));
        if (bullets.Count == 0)
        {
            return new CheckOutcome(0, CheckStatus.Fail, "No experience bullets were found to open with a verb." + context.UnreadNote(),
                [context.SectionsLine()],
                $"Add bullets under each job that start with what you did, e.g. {suggestions}.");
        }

        var weak = new List<(Bullet Bullet, string Opener)>();
        var neutral = new List<(Bullet Bullet, string Opener)>();
        var strong = 0;
        foreach (var bullet in bullets)
        {
            switch (ActionVerbLexicon.Classify(bullet.Text, verbs, out var opener))
            {
                case OpenerKind.Strong:
                    strong++;
                    break;
                case OpenerKind.Weak:
                    weak.Add((bullet, opener));
                    break;
                default:
                    neutral.Add((bullet, opener));
                    break;
            }
        }

        // A neutral opener (a noun, a tool) is half as good as a verb; a weak one is worth nothing.
        var value = (strong + 0.4 * neutral.Count) / bullets.Count;
        var score = Math.Min(1, value / 0.9);
        var detail = $"{strong} of {bullets.Count} bullets open with a strong verb"
            + (weak.Count > 0 ? $"; {weak.Count} open weakly ({string.Join(", ", weak.Select(w => $"'{w.Opener}'").Distinct().Take(4))})" : "")
            + (neutral.Count > 0 ? $"; {neutral.Count} open with no verb" : "") + ".";
        if (weak.Count == 0 && value >= 0.8)
        {
            return CheckOutcome.Pass(score, detail);
        }

        var quoted = weak.Concat(neutral).Take(6).Select(w => w.Bullet.Text).ToList();
        var status = weak.Count * 2 >= bullets.Count || value < 0.5 ? CheckStatus.Fail : CheckStatus.Warn;
        return new CheckOutcome(score, status, detail, quoted, $"Start each bullet with what you did. {Example(weak, neutral, context)} Verbs from the {context.Rules.Title} guide: {suggestions}.");
    }

    /// <summary>
    /// A weak opening turned around ("Responsible for maintaining the API" → "Maintained the API"), or for a bullet that
    /// opens with a noun or a figure, where it should start: no verb is put in front of words it would not fit.
    /// </summary>
    private static string Example(List<(Bullet Bullet, string Opener)> weak, List<(Bullet Bullet, string Opener)> neutral, CheckContext context)
    {
        if (weak.Count > 0)
        {
            var (bullet, opener) = weak[0];
            return $"For example, '{Wording.Shorten(bullet.Text, 80)}' → '{Rewrite(bullet.Text, opener, context)}'.";
        }
        var verbs = string.Join(", ", context.Rules.ActionVerbs.Take(3));
        return $"For example, open '{Wording.Shorten(neutral[0].Bullet.Text, 80)}' with the verb for what you did ({verbs}…), then say what changed.";
    }

    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal) { "the", "a", "an", "our", "my", "their", "his", "her", "its", "to", "with", "in", "on", "out" };

    /// <summary>Turns a weak opening around with the verb after it: "Responsible for maintaining the API" → "Maintained the API".</summary>
    private static string Rewrite(string bullet, string opener, CheckContext context)
    {
        var text = ActionVerbLexicon.WithoutMark(bullet);
        var rest = text[Math.Min(opener.Length, text.Length)..].TrimStart(' ', ':', ',');
        var words = rest.Split(' ', 2);
        if (words.Length == 2 && words[0] is "with" or "on" or "to" or "in" or "for")
        {
            rest = words[1];
            words = rest.Split(' ', 2);
        }
        var verb = ActionVerbLexicon.PastOf(words[0], context.Rules.ActionVerbs);
        if (verb is not null)
        {
            rest = words.Length == 2 ? words[1] : "";
        }
        else if (opener.StartsWith("help", StringComparison.OrdinalIgnoreCase) && words[0].Length > 0 && char.IsLower(words[0][0]) && !NotVerbs.Contains(words[0]))
        {
            // "Helped bring X down": what follows "helped" is the verb of what was done.
            return Wording.Shorten(Wording.Capitalise(rest), 80) + ", and what changed as a result";
        }
        return Wording.Shorten($"{verb ?? "Delivered"} {rest}".TrimEnd(), 80) + ", and what changed as a result";
    }
}
