using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A home-made take on the Europass labels typed in Word: each job a "Dates:", an "Occupation or position held:" and a
/// "Type of business or sector:" line, then a bulleted list with no label of its own. The list is what was done there,
/// and with no employer's label the business line, less its town, is the employer.
/// </summary>
public sealed class LabelledJobListTests
{
    [Fact]
    public void Bullets_under_a_labelled_job_are_its_highlights_and_its_business_line_names_the_employer()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Tamsin Okafor", "Title"), DocxResume.Plain("tamsin.okafor@example.com"),
                DocxResume.Styled("WORK EXPERIENCE", "Heading1"));
            foreach (var (dates, role, business, tasks) in new[]
            {
                ("Dates: March 2019 - May 2021", "Occupation or position held: Payroll clerk", "Type of business or sector: Brightwater Credit Union - Leeds, UK",
                    new[] { "Reconciled weekly payroll for four branches;", "Answered staff queries on deductions." }),
                ("Dates: June 2016 - February 2019", "Occupation or position held: Waitress, host", "Type of business or sector: Old Mill Tearooms- York, UK",
                    new[] { "Seated guests and took orders;", "Trained new floor staff." }),
            })
            {
                body.Append(DocxResume.Plain(dates), DocxResume.Plain(role), DocxResume.Plain(business));
                body.Append(tasks.Select(DocxResume.Bullet).ToArray());
            }
            body.Append(DocxResume.Styled("EDUCATION", "Heading1"), DocxResume.Plain("Northgate College (2012-2016)"));
        }));

        Assert.Equal(
            [("Brightwater Credit Union", "Payroll clerk", "2019-03"), ("Old Mill Tearooms", "Waitress, host", "2016-06")],
            resume.Work.Select(w => (w.Name!, w.Position!, w.StartDate!)));
        Assert.Equal(["Reconciled weekly payroll for four branches;", "Answered staff queries on deductions."], resume.Work[0].Highlights);
        Assert.Equal(["Seated guests and took orders;", "Trained new floor staff."], resume.Work[1].Highlights);
    }
}
