using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An employer's line in bold over several dated roles in the plain face (invented people): each role is a job at
/// that employer, whatever its own words read as.</summary>
public sealed class RolesUnderEmployerFaceTests
{
    [Fact]
    public void A_dated_line_in_the_face_of_the_title_above_is_another_role_at_that_employer()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Oona Fairweather", "Title"));
            body.Append(DocxResume.Plain("oona.fairweather@example.com"));
            body.Append(DocxResume.Styled("Experience", "Heading1"));
            body.Append(DocxResume.Tabbed("Corvina Analytics", "Leeds, UK", bold: true));
            body.Append(DocxResume.Tabbed("Data Engineer", "March 2021 – Present", bold: false));
            body.Append(DocxResume.Bullet("Moved the nightly loads of six stores to a streaming pipeline"));
            body.Append(DocxResume.Tabbed("Payments Desk SME (escalations)", "September 2019 – February 2021", bold: false));
            body.Append(DocxResume.Bullet("Cleaned the returns data of the northern region"));
            body.Append(DocxResume.Tabbed("Harrow Point Bank", "Bristol, UK", bold: true));
            body.Append(DocxResume.Tabbed("Analyst", "June 2017 – August 2019", bold: false));
            body.Append(DocxResume.Bullet("Reconciled card payments every morning"));
        });

        var resume = Read(bytes);

        Assert.Equal(
            [("Corvina Analytics", "Data Engineer", "2021-03"), ("Corvina Analytics", "Payments Desk SME (escalations)", "2019-09"), ("Harrow Point Bank", "Analyst", "2017-06")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate)));
    }
}
