using System.Globalization;
using System.Text;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>moderncv under pdfLaTeX draws its list bullets and contact icons with the marvosym font, as letters ("{" a
/// bullet, "H" a phone, "B" an e-mail), beside a short contact sidebar whose e-mail runs up to the main column. Drawn in
/// Courier (every glyph 0.6 em wide), each word on its own as pdfLaTeX sets it.</summary>
public sealed class IconFontSidebarTests
{
    [Fact]
    public void A_bullet_of_the_icon_font_parts_the_column_from_a_sidebar_line_set_beside_it()
    {
        // The e-mail ends 2 pt before the main column's bullet, on the bullet's baseline.
        var resume = Read(Page(
            Text(72, 760, 20, "Tobias Wrenfield", Upright),
            Text(50, 700, 8, "14 Larch Row", Upright) + Text(186, 700, 14, "Experience", Bold),
            Text(50, 688, 8, "Norwich", Upright),
            Text(50, 676, 8, "H", Icons) + Text(60, 676, 8, "+44 7700 900417", Upright)
                + Text(186, 676, 10, "Senior Research Scientist,", Upright) + Text(348, 676, 10, "Saltmarsh Trust", Italic)
                + Text(460, 676, 10, "2021 \x96 2024", Upright),
            Text(50, 662, 8, "B", Icons) + Text(50, 650, 8, "tobias.wrenfield@example.org", Upright)
                + Text(186, 662, 10, "{", Icons) + Text(197, 662, 10, "Led three survey cruises over the shelf.", Upright),
            Text(186, 650, 10, "{", Icons) + Text(197, 650, 10, "Built the sampling database.", Upright),
            Text(186, 620, 14, "Education", Bold),
            Text(186, 600, 10, "PhD in Marine Biology,", Upright) + Text(318, 600, 10, "University of Exmoor", Italic)
                + Text(460, 600, 10, "2014 \x96 2018", Upright)));

        Assert.Equal("tobias.wrenfield@example.org", resume.Basics.Email);
        var job = Assert.Single(resume.Work);
        Assert.Equal(("Saltmarsh Trust", "Senior Research Scientist"), (job.Name, job.Position));
        Assert.Equal(["Led three survey cruises over the shelf.", "Built the sampling database."], job.Highlights);
    }

    [Fact]
    public void A_contact_sidebar_of_four_short_lines_is_a_column_though_its_e_mail_runs_up_to_the_main_one()
    {
        // Sidebar at 40 pt: the e-mail, after its icon, ends at 178 pt; the main column starts at 179.3 pt.
        var resume = Read(Page(
            Text(40, 760, 20, "Kwame Mensa", Upright),
            Text(40, 738, 16, "Charge Nurse", Italic),
            Text(40, 690, 10, "Vancouver", Upright) + Text(179.3, 691, 14, "Career History", Bold),
            Text(40, 678, 10, "BC", Upright),
            Text(34, 666, 10, "B", Icons) + Text(46, 666, 10, "kwame.mensa@icloud.com", Upright)
                + Text(179.3, 669, 11, "Charge Nurse,", Bold) + Text(275, 669, 11, "Foxhollow Clinic plc.", Italic)
                + Text(440, 669, 11, "2022 \x96 2024", Upright),
            Text(46, 654, 10, "L", Icons) + Text(58, 654, 10, "kwamemensa", Upright) + Text(179.3, 655, 10, "{", Icons) + Text(190, 655, 10, "Trained 40 staff on the charting system", Upright),
            Text(179.3, 643, 10, "{", Icons) + Text(190, 643, 10, "Led the infection control audits", Upright),
            Text(179.3, 620, 11, "Staff Nurse,", Bold) + Text(268, 620, 11, "Zephyr Health plc.", Italic) + Text(440, 620, 11, "2018 \x96 2022", Upright),
            Text(179.3, 606, 10, "{", Icons) + Text(190, 606, 10, "Cared for up to four patients per shift on a surgical ward", Upright),
            Text(179.3, 580, 14, "Education", Bold),
            Text(179.3, 560, 11, "BSc, Nursing,", Bold) + Text(275, 560, 11, "Coastal University.", Italic) + Text(440, 560, 11, "2014 \x96 2018", Upright),
            Text(179.3, 520, 14, "Expertise", Bold),
            Text(179.3, 500, 11, "Systems: Cerner, Epic", Upright),
            Text(179.3, 484, 11, "Clinical: Patient assessment, Wound care, IV therapy", Upright),
            Text(179.3, 450, 14, "Certificates", Bold),
            Text(179.3, 430, 11, "Basic Life Support (BLS), 2021", Upright),
            Text(179.3, 414, 11, "Certified Emergency Nurse (CEN), 2019", Upright),
            Text(179.3, 380, 14, "Interests", Bold),
            Text(179.3, 360, 11, "Bouldering, open-water swimming", Upright)));

        Assert.Equal("kwame.mensa@icloud.com", resume.Basics.Email);
        Assert.Equal(["Foxhollow Clinic plc", "Zephyr Health plc"], resume.Work.Select(w => w.Name?.TrimEnd('.')));
        Assert.Equal(["Trained 40 staff on the charting system", "Led the infection control audits"], resume.Work[0].Highlights);
    }

    private const string Upright = "F1", Bold = "F2", Italic = "F3", Icons = "F4";

    /// <summary>Each word placed on its own a third of an em after the last, as pdfLaTeX sets a line: no space glyphs.</summary>
    private static string Text(double x, double y, double size, string text, string font)
    {
        var drawn = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            drawn.Append(CultureInfo.InvariantCulture, $"BT /{font} {size} Tf {x:0.##} {y:0.##} Td ({word.Replace("(", "\\(").Replace(")", "\\)")}) Tj ET\n");
            x += (word.Length + 1.0 / 3 / 0.6) * size * 0.6;
        }
        return drawn.ToString();
    }

    /// <summary>Courier in three faces, and an icon font named as pdfLaTeX names marvosym, which maps its glyphs to the
    /// letters they sit on.</summary>
    private static byte[] Page(params string[] content)
    {
        var widths = string.Join(' ', Enumerable.Repeat("600", 224));
        var pdf = new RawPdf();
        pdf.Add("<< /Type /Catalog /Pages 2 0 R >>");
        pdf.Add("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        pdf.Add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 7 0 R /F4 8 0 R >> >> /Contents 4 0 R >>");
        pdf.AddStream("", Encoding.Latin1.GetBytes(string.Concat(content)));
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Oblique /Encoding /WinAnsiEncoding >>");
        pdf.Add($"<< /Type /Font /Subtype /TrueType /BaseFont /JZSRYH+MarVoSym /FirstChar 32 /LastChar 255 /Widths [{widths}] /FontDescriptor 9 0 R /Encoding /WinAnsiEncoding >>");
        pdf.Add("<< /Type /FontDescriptor /FontName /JZSRYH+MarVoSym /Flags 4 /FontBBox [0 -250 1000 750] /ItalicAngle 0 /Ascent 750 /Descent -250 /CapHeight 700 /StemV 80 >>");
        return pdf.Build();
    }
}
