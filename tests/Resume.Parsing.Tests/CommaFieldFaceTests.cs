using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A LaTeX CV class runs an entry's fields into one line, "Title, Employer, Town.", the title in bold and the employer in
/// italic, with the dates in a column at the left: the faces part the fields where the commas alone do not say which is
/// which.
/// </summary>
public sealed class CommaFieldFaceTests
{
    private static readonly (string Dates, string Title, string Employer, string Town, string Task)[] Jobs =
    [
        ("2019 – 2023", "Research engineer", "Institute of Coastal Studies", "Tarnby University", "Built the tide gauge archive and its nightly checks."),
        ("2016 – 2019", "Survey assistant", "Northmoor Mapping Office", "Brackenfield", "Levelled benchmarks along the estuary for the new flood map."),
        ("2014 – 2016", "Field technician", "Marrow Valley Geophysics", "Kelso Hall", "Kept the seismometers of the valley network running."),
    ];

    [Fact]
    public void A_bold_title_and_an_italic_employer_run_into_one_line_are_read_by_their_faces()
    {
        var resume = Read(Pdf());

        Assert.Equal(Jobs.Select(j => (j.Employer, j.Title)), resume.Work.Select(w => (w.Name!, w.Position!)));
    }

    private static byte[] Pdf()
    {
        const double dates = 60, body = 160, size = 10;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ilse Marrow", body, 24);
            c.Advance(20);
            c.Draw("ilse.marrow@example.com", body, 9);
            c.Advance(28);
            c.Draw("Work Experience", body, 14);
            c.Advance(18);
            foreach (var (when, title, employer, town, task) in Jobs)
            {
                c.Draw(when, dates, size);
                var x = c.Draw(title, body, size, bold: true);
                x = c.Draw(", ", x, size);
                x = c.Draw(employer, x, size, italic: true);
                c.Draw($", {town}.", x, size);
                c.Advance(13);
                c.Draw(task, body, size);
                c.Advance(18);
            }
            c.Draw("Education", body, 14);
            c.Advance(18);
            c.Draw("2010 – 2014", dates, size);
            var e = c.Draw("Bachelor of Science in Geophysics", body, size, bold: true);
            e = c.Draw(", ", e, size);
            c.Draw("University of Tarnby", e, size, italic: true);
        }
        return document.ToBytes();
    }
}
