using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A heading typed in Word with a tab and a run of underscores after it, to draw a rule out to the margin: the
/// underscores are a line on the page, so the heading still opens its section and no job takes them as its title.
/// </summary>
public sealed class UnderscoreRuleTests
{
    [Fact]
    public void Underscores_after_a_tab_draw_a_rule_and_the_heading_still_opens_its_jobs()
    {
        var rule = new string('_', 60);
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Jonas Brenner", "Title"), DocxResume.Plain("jonas.brenner@example.com"));
            body.Append(DocxResume.Tabbed("Erfahrung", rule, bold: false));
            body.Append(DocxResume.Tabbed("Lagerkoordinator, Nordhafen Logistik GmbH", "05/2019 - 04/2021", bold: true),
                DocxResume.Bullet("Steuerte den Wareneingang mit SAP."), DocxResume.Bullet("Plante die täglichen Touren in Excel."));
            body.Append(DocxResume.Tabbed("Ausbildung", rule, bold: false));
            body.Append(DocxResume.Tabbed("Hochschule Rheinau, Bachelor of Science", "seit 03/2021", bold: true));
        }));

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Nordhafen Logistik GmbH", "Lagerkoordinator"), (job.Name, job.Position));
        Assert.DoesNotContain('_', string.Concat(resume.Work.Select(w => w.Name + w.Position)));
    }
}
