using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A page set as a grid: each section's name in a narrow left cell beside its content, the cells of the known sections
/// ("Profile", "Skills", "Education") and one that names the kind of experience ("Bakery Experience"), set in the same
/// type, which may wrap in the narrow cell ("Bakery" over "Experience").
/// </summary>
public sealed class LabelColumnHeadingTests
{
    [Theory]
    [InlineData("Bakery Experience")]
    [InlineData("Bakery|Experience")]
    public void A_label_cell_naming_the_kind_of_experience_opens_the_jobs(string label)
    {
        var resume = Read(GridPage(label.Split('|')));

        Assert.Equal([("Head Baker", "Rowan Mill Bakehouse", "2020-02"), ("Pastry Cook", "Tallis & Moore Patisserie", "2016-09")],
            resume.Work.Select(w => (w.Position, w.Name, w.StartDate)));
        Assert.Equal("Thornbury Catering College", Assert.Single(resume.Education).Institution);
    }

    private static byte[] GridPage(string[] experienceLabel)
    {
        const double label = 54, content = 170;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Ilse Okonkwo-Brandt", label, 26);
            c.Advance(34);
            c.Draw("ilse.brandt@example.com  |  (503) 555-0147  |  Salem, OR", label, 9);
            c.Advance(30);
            void Row(string[] cell, Action body)
            {
                var top = c.Y;
                for (var i = 0; i < cell.Length; i++)
                {
                    c.Draw(cell[i], label, 10, y: top + i * 13.5);
                }
                body();
                c.Y = Math.Max(c.Y, top + cell.Length * 13.5) + 16;
            }
            Row(["Profile"], () => c.Paragraph("Head baker with eight years of laminated doughs, sourdough programmes and early-shift teams.", content, 380, 10, leading: 13));
            Row(["Skills"], () =>
            {
                c.Draw("Lamination · Sourdough · Costing · Food Safety", content, 10);
                c.Advance(13.5);
            });
            Row(experienceLabel, () =>
            {
                foreach (var (title, employer, dates) in new[]
                {
                    ("Head Baker", "Rowan Mill Bakehouse", "Feb 2020 to Present"),
                    ("Pastry Cook", "Tallis & Moore Patisserie", "Sep 2016 to Jan 2020"),
                })
                {
                    c.Draw(title, content, 10, bold: true);
                    c.Advance(13.5);
                    c.Draw($"{employer} — {dates}", content, 10);
                    c.Advance(15);
                    c.Paragraph("Ran the overnight bake of 900 loaves for four shops", content + 12, 360, 10, bullet: "•", leading: 13.5);
                    c.Paragraph("Cut flour waste by a fifth with a par sheet", content + 12, 360, 10, bullet: "•", leading: 13.5);
                    c.Advance(4);
                }
            });
            Row(["Education"], () =>
            {
                c.Draw("Diploma in Professional Baking", content, 10, bold: true);
                c.Advance(13.5);
                c.Draw("Thornbury Catering College — Sep 2014 to Jun 2016", content, 10);
                c.Advance(13.5);
            });
        }
        return document.ToBytes();
    }
}
