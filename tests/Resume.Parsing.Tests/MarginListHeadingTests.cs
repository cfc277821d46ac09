using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A CV whose dates and labels stand in a left margin and whose headings stand there too, in a larger bold face (the
/// currvita package's lists): a heading set right under a date is no part of it, and a heading set on the baseline of
/// its section's only line is still the heading.
/// </summary>
public sealed class MarginListHeadingTests
{
    private static readonly Model.ResumeDocument Resume = Read(Page());

    [Fact]
    public void A_heading_just_under_a_date_in_the_margin_opens_its_section()
    {
        Assert.Equal([("University of Tartu", "Bachelor of Science", "Biology")],
            Resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
        Assert.Equal(["PCR", "Microscopy", "R", "Python"], Resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void A_heading_beside_its_sections_only_line_in_the_headings_face_opens_that_section()
    {
        Assert.Equal(["First Aid at Work"], Resume.Certificates.Select(c => c.Name));
        Assert.DoesNotContain("First Aid at Work", Resume.Skills.SelectMany(s => s.Keywords));
    }

    [Fact]
    public void A_lone_town_among_the_email_and_the_number_is_the_town_not_a_headline()
    {
        Assert.Equal("Tartu", Resume.Basics.Location?.City);
        Assert.Null(Resume.Basics.Label);
    }

    private static byte[] Page()
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document, top: 40))
        {
            const double Margin = 57, Body = 150, Size = 10.9, HeadingSize = 12;
            c.Draw("Liisa Tamm", Margin, 18, bold: true, y: 50);
            c.Draw("Tartu  •  +372 5555 0142  •  liisa.tamm@example.ee", Body, Size, y: 80);
            c.Draw("Experience", Margin, HeadingSize, bold: true, y: 110);
            c.Draw("2019 – 2023", Margin, Size, y: 130);
            c.Draw("Laboratory Technician, Estonian Biocentre, Tartu", Body, Size, y: 130);
            c.Draw("•", Body + 10, Size, y: 148);
            c.Draw("Ran forty PCR assays a week for the genomics group and kept the sample log", Body + 24, Size, y: 148);
            c.Draw("•", Body + 10, Size, y: 160);
            c.Draw("Trained six summer students on the sequencer and the safety rules of the lab", Body + 24, Size, y: 160);
            c.Draw("Education", Margin, HeadingSize, bold: true, y: 175);
            c.Draw("2015–2019", Margin, Size, y: 195);
            c.Draw("Bachelor of Science, Biology, University of Tartu, thesis on soil fungi", Body, Size, y: 195);
            // Set so close under the date that its top is within a line of the date's foot, as currvita sets it.
            c.Draw("Kenntnisse", Margin, HeadingSize, bold: true, y: 218);
            c.Draw("Lab", Margin, Size, y: 240);
            c.Draw("PCR, Microscopy", Body, Size, y: 240);
            c.Draw("Software", Margin, Size, y: 258);
            c.Draw("R, Python", Body, Size, y: 258);
            c.Draw("Certificates", Margin, HeadingSize, bold: true, y: 290);
            c.Draw("First Aid at Work", Body, Size, y: 291);
            c.Draw("Languages", Margin, HeadingSize, bold: true, y: 320);
            c.Draw("Estonian", Margin, Size, y: 340);
            c.Draw("Native", Body, Size, y: 340);
        }
        return document.ToBytes();
    }
}
