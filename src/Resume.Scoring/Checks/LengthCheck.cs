using Resume.Model;
using System.Globalization;

namespace Resume.Scoring.Checks;

/// <summary>Pages and words for the years of experience, by the guide's page rules.</summary>
internal sealed class LengthCheck : ResumeCheck
{
    /// <summary>About this many words fill a page of a plain one-column résumé.</summary>
    internal const int WordsPerPage = 550;

    private const int TooFewWords = 200;

    public override string Id => CheckIds.Length;
    public override string Title => "Length fits the experience";
    public override int Weight => 5;
    public override string Category => ScoreCategories.Structure;

    public override CheckOutcome Run(CheckContext context)
    {
        var years = context.YearsOfExperience;
        var rule = LengthRule.For(context);
        var words = context.WordCount;
        var measured = context.Resume.Meta.PageCount > 0;
        var pages = measured ? context.Resume.Meta.PageCount : Math.Max(1, (int)Math.Ceiling(words / (double)WordsPerPage));
        var pagesText = measured ? Wording.Count(pages, "page") : $"about {Wording.Count(pages, "page")} of text";
        var facts = $"{pagesText} and {words} words for {Wording.Experience(years)}";
        var evidence = new List<string> { $"Pages: {(measured ? pages.ToString(CultureInfo.InvariantCulture) : "estimated " + pages.ToString(CultureInfo.InvariantCulture))}", $"Words: {words}", $"Experience: {Wording.Years(years)} years" };
        var ruleText = $"{LengthRule.Pages(rule)} {LengthRule.Stage(context.Rules, rule)}";

        if (pages > rule.MaxPages)
        {
            var over = pages - rule.MaxPages;
            var score = over == 1 ? 0.5 : 0.2;
            return new CheckOutcome(score, over == 1 ? CheckStatus.Warn : CheckStatus.Fail,
                $"{Wording.Capitalise(facts)}; the guide recommends {ruleText}.",
                evidence,
                $"Cut to {Wording.Pages(rule.MaxPages)}: keep three to five of the strongest bullets for recent roles, shorten roles older than ten years to one line, and drop interests and references. {rule.Advice}");
        }
        if (words < TooFewWords)
        {
            var score = 0.4 + 0.4 * words / TooFewWords;
            return new CheckOutcome(score, CheckStatus.Warn,
                $"{Wording.Capitalise(facts)}: under {TooFewWords} words gives a reader and an ATS little to go on.",
                evidence,
                "Add three to five bullets per recent job with what you did and its result, and a skills list grouped by category.");
        }
        if (words > WordsPerPage * 1.5 * pages)
        {
            return new CheckOutcome(0.7, CheckStatus.Warn,
                $"{Wording.Capitalise(facts)}: that is dense for {Wording.Count(pages, "page")}, which usually means small type or tight margins.",
                evidence,
                $"Trim to about {WordsPerPage * pages} words: cut bullets that repeat a skill already shown and keep each bullet to one or two lines.");
        }
        return CheckOutcome.Pass(1, $"{Wording.Capitalise(facts)}, within the guide's {ruleText}.", evidence);
    }
}
