using Resume.Model;

namespace Resume.Scoring.Checks;

/// <summary>Headings an ATS recognises ("Experience", "Education"), so it files each part under the right field.</summary>
internal sealed class SectionHeadingsCheck : ResumeCheck
{
    private const string StandardNames = "Summary, Skills, Experience, Projects, Education, Certifications";

    public override string Id => CheckIds.SectionHeadings;
    public override string Title => "Standard section headings";
    public override int Weight => 5;
    public override string Category => ScoreCategories.Ats;

    public override CheckOutcome Run(CheckContext context)
    {
        if (context.HasWarning(ParseWarningCodes.ImageOnly))
        {
            return new CheckOutcome(0, CheckStatus.Fail, "No headings can be read because the file has no text layer.",
                ["Parser: no text layer"], "Once the résumé has real text (see the readability check), use plain headings: " + StandardNames + ".");
        }
        if (context.HasWarning(ParseWarningCodes.NoSections))
        {
            return new CheckOutcome(0.2, CheckStatus.Fail,
                "No section headings were recognised, so an ATS cannot tell experience from education or skills.",
                context.Resume.Meta.Warnings.Where(w => w.Code == ParseWarningCodes.NoSections).Select(w => $"Parser: {w.Message}").DefaultIfEmpty("Parser warning: no-sections").ToList(),
                $"Put a plain heading on its own line above each part: {StandardNames}.");
        }

        var sections = context.Sections.Where(s => !string.IsNullOrWhiteSpace(s.Heading)).ToList();
        if (sections.Count == 0)
        {
            return CheckOutcome.NotApplicable("The résumé came without its headings (it was not read from a file), so there is nothing to check.");
        }

        var unusual = sections.Where(s => s.Kind == SectionKinds.Other).Select(s => s.Heading.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var flagged = context.Resume.Meta.Warnings.Where(w => w.Code == ParseWarningCodes.UnusualHeadings).Select(w => $"Parser: {w.Message}").ToList();
        if (unusual.Count == 0 && flagged.Count == 0)
        {
            return CheckOutcome.Pass(1, $"All {sections.Count} headings map to standard sections.", sections.Select(s => s.Heading.Trim()).ToList());
        }

        var share = (double)unusual.Count / sections.Count;
        var score = Math.Max(0.3, 1 - share - (flagged.Count > 0 && unusual.Count == 0 ? 0.2 : 0));
        var named = unusual.Count > 0 ? $"{unusual.Count} of {sections.Count} headings ({string.Join(", ", unusual.Select(h => $"'{h}'"))}) are" : "Some headings are";
        return new CheckOutcome(score, CheckOutcome.StatusOf(score),
            $"{named} not names an ATS looks for, so their content may be filed in the wrong place or dropped.",
            [.. unusual, .. flagged],
            $"Rename them to the standard names: {StandardNames}" + (unusual.Count > 0 ? $" (for example '{unusual[0]}' → whichever of these its content is)." : "."));
    }
}
