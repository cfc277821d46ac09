using Resume.Scoring.Guides;

namespace Resume.Scoring.Fit;

/// <summary>
/// How much of one guide's role a résumé shows, by four signs, each 0–1, with the résumé's own words for each: a job
/// title of the role, the role's skill areas, studies in its field, and the kinds of work it asks the experience to show.
/// <see cref="TitleQuote"/> is the line the title was found in, <see cref="TitleMatch"/> the title's own words there.
/// </summary>
internal sealed record GuideFit(
    CompiledGuide Guide,
    FitWeights Weights,
    double Title,
    string? TitleQuote,
    string? TitleMatch,
    double Skills,
    int AreasShown,
    IReadOnlyList<string> SkillQuotes,
    double Degree,
    string? DegreeQuote,
    double Work,
    int WorkKindsShown,
    string? WorkQuote)
{
    public double Score => Weights.Title * Title + Weights.Skills * Skills + Weights.Degree * Degree + Weights.Work * Work;

    public string Role => Guide.Guide.Role;

    /// <summary>The résumé's own lines behind this fit, strongest sign first.</summary>
    public IReadOnlyList<string> Evidence()
    {
        var lines = new List<string>();
        if (TitleQuote is not null)
        {
            lines.Add($"Title: {TitleQuote}");
        }
        if (SkillQuotes.Count > 0)
        {
            lines.Add($"Skills: {string.Join(", ", SkillQuotes)}");
        }
        if (DegreeQuote is not null)
        {
            lines.Add($"Education: {DegreeQuote}");
        }
        if (WorkQuote is not null)
        {
            lines.Add($"Experience: {WorkQuote}");
        }
        return lines;
    }
}
