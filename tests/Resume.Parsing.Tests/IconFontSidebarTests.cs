using static Resume.Parsing.Tests.Parsing;
using static Resume.Parsing.Tests.PdfTeXPage;

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
            Words(72, 760, 20, "Tobias Wrenfield", Upright),
            Words(50, 700, 8, "14 Larch Row", Upright) + Words(186, 700, 14, "Experience", Bold),
            Words(50, 688, 8, "Norwich", Upright),
            Words(50, 676, 8, "H", Icons) + Words(60, 676, 8, "+44 7700 900417", Upright)
                + Words(186, 676, 10, "Senior Research Scientist,", Upright) + Words(348, 676, 10, "Saltmarsh Trust", Italic)
                + Words(460, 676, 10, "2021 \x96 2024", Upright),
            Words(50, 662, 8, "B", Icons) + Words(50, 650, 8, "tobias.wrenfield@example.org", Upright)
                + Words(186, 662, 10, "{", Icons) + Words(197, 662, 10, "Led three survey cruises over the shelf.", Upright),
            Words(186, 650, 10, "{", Icons) + Words(197, 650, 10, "Built the sampling database.", Upright),
            Words(186, 620, 14, "Education", Bold),
            Words(186, 600, 10, "PhD in Marine Biology,", Upright) + Words(318, 600, 10, "University of Exmoor", Italic)
                + Words(460, 600, 10, "2014 \x96 2018", Upright)));

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
            Words(40, 760, 20, "Kwame Mensa", Upright),
            Words(40, 738, 16, "Charge Nurse", Italic),
            Words(40, 690, 10, "Vancouver", Upright) + Words(179.3, 691, 14, "Career History", Bold),
            Words(40, 678, 10, "BC", Upright),
            Words(34, 666, 10, "B", Icons) + Words(46, 666, 10, "kwame.mensa@icloud.com", Upright)
                + Words(179.3, 669, 11, "Charge Nurse,", Bold) + Words(275, 669, 11, "Foxhollow Clinic plc.", Italic)
                + Words(440, 669, 11, "2022 \x96 2024", Upright),
            Words(46, 654, 10, "L", Icons) + Words(58, 654, 10, "kwamemensa", Upright) + Words(179.3, 655, 10, "{", Icons) + Words(190, 655, 10, "Trained 40 staff on the charting system", Upright),
            Words(179.3, 643, 10, "{", Icons) + Words(190, 643, 10, "Led the infection control audits", Upright),
            Words(179.3, 620, 11, "Staff Nurse,", Bold) + Words(268, 620, 11, "Zephyr Health plc.", Italic) + Words(440, 620, 11, "2018 \x96 2022", Upright),
            Words(179.3, 606, 10, "{", Icons) + Words(190, 606, 10, "Cared for up to four patients per shift on a surgical ward", Upright),
            Words(179.3, 580, 14, "Education", Bold),
            Words(179.3, 560, 11, "BSc, Nursing,", Bold) + Words(275, 560, 11, "Coastal University.", Italic) + Words(440, 560, 11, "2014 \x96 2018", Upright),
            Words(179.3, 520, 14, "Expertise", Bold),
            Words(179.3, 500, 11, "Systems: Cerner, Epic", Upright),
            Words(179.3, 484, 11, "Clinical: Patient assessment, Wound care, IV therapy", Upright),
            Words(179.3, 450, 14, "Certificates", Bold),
            Words(179.3, 430, 11, "Basic Life Support (BLS), 2021", Upright),
            Words(179.3, 414, 11, "Certified Emergency Nurse (CEN), 2019", Upright),
            Words(179.3, 380, 14, "Interests", Bold),
            Words(179.3, 360, 11, "Bouldering, open-water swimming", Upright)));

        Assert.Equal("kwame.mensa@icloud.com", resume.Basics.Email);
        Assert.Equal(["Foxhollow Clinic plc", "Zephyr Health plc"], resume.Work.Select(w => w.Name?.TrimEnd('.')));
        Assert.Equal(["Trained 40 staff on the charting system", "Led the infection control audits"], resume.Work[0].Highlights);
    }
}
