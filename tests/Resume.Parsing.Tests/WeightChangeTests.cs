using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A typeset CV sets each entry's employer in bold and its title right after it in the text face, the years in a
/// margin column and the town at the right edge: the change of weight is where the employer ends and the title begins.</summary>
public sealed class WeightChangeTests
{
    [Fact]
    public void An_employer_in_bold_run_into_its_title_in_the_text_face_is_read_apart()
    {
        var resume = Read(Cv());

        Assert.Equal(["Haldane Veterinary Practice", "Lowther Animal Rescue", "Kestrel Farm Supplies"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Veterinary Nurse", "Kennel Assistant", "Sales Assistant"], resume.Work.Select(w => w.Position));
        var degree = Assert.Single(resume.Education, e => e.StudyType == "BSc");
        Assert.Equal("Animal Science", degree.Area);
    }

    private static byte[] Cv()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Morag Tennant", 150, 24, bold: true);
            c.Y += 22;
            c.Draw("morag.tennant@example.co.uk  ·  07700 900 318", 150, 10);
            c.Y += 40;
            c.Draw("Experience", 150, 15, bold: true);
            c.Y += 24;
            var jobs = new[]
            {
                ("2019–now", "Haldane Veterinary Practice", "Veterinary Nurse", "Carlisle", "Monitored anaesthesia and recovery for small-animal surgery."),
                ("2016–2019", "Lowther Animal Rescue", "Kennel Assistant", "Penrith", "Cared for up to forty dogs and kept the kennel records."),
                ("2014–2016", "Kestrel Farm Supplies", "Sales Assistant", "Keswick", "Advised farmers on feed and animal health products."),
            };
            foreach (var (years, employer, title, town, line) in jobs)
            {
                c.Draw(years, 60, 10);
                var end = c.Draw(employer, 150, 10, bold: true);
                c.Draw(" " + title, end, 10);
                c.DrawRight(town, 540, 8);
                c.Y += 14;
                c.Draw(line, 150, 10);
                c.Y += 26;
            }
            c.Draw("Education", 150, 15, bold: true);
            c.Y += 24;
            c.Draw("2011–2014", 60, 10);
            var e = c.Draw("Myerscough College", 150, 10, bold: true);
            c.Draw(" FdSc Veterinary Nursing", e, 10);
            c.DrawRight("Preston", 540, 8);
            c.Y += 20;
            c.Draw("2008–2011", 60, 10);
            var b = c.Draw("BSc", 150, 10, bold: true);
            c.Draw(" in Animal Science", b, 10);
            c.DrawRight("University of Reading", 540, 8);
        }
        return document.ToBytes();
    }
}
