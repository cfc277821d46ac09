using PdfSharp.Pdf;
using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>What one item of a skills list is: its level after a dash or in brackets is no part of its name, a slash may
/// be the list's separator, a list mark or a colon set apart is no item, a bracket left open goes on to the next line, a
/// skill rated after its colon is an item (invented people).</summary>
public sealed class SkillItemShapeTests
{
    private const double Left = 40, Body = 9;

    [Fact]
    public void A_level_after_a_dash_or_called_a_level_in_brackets_is_not_part_of_the_skill()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Kotlin - Gute Kenntnisse, Dart - Grundkenntnisse, Haskell (Intermediate Level),", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Excel (erweiterte Grundkenntnisse), Docker (bases), Vue (Composition API)", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["Kotlin", "Dart", "Haskell", "Excel", "Docker (bases)", "Vue (Composition API)"], resume.Keywords());
    }

    [Fact]
    public void Slashes_that_part_every_line_of_a_group_part_its_items()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Automation :", Left, Body, bold: true);
            c.Advance(Body + 4);
            c.Draw("PLC STUDIO / STEP 7 / HMI BUILDER /", Left + 2, Body);
            c.Advance(Body + 3);
            c.Draw("RELAY DESIGNER / WINLOGIC", Left + 2, Body);
            c.Advance(Body + 6);
            c.Draw("Languages: C / C++, Python, Go, Lua", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["PLC STUDIO", "STEP 7", "HMI BUILDER", "RELAY DESIGNER", "WINLOGIC", "C / C++", "Python", "Go", "Lua"], resume.Keywords());
    }

    [Fact]
    public void A_colon_set_apart_from_its_label_closes_the_label_and_is_no_item()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Tooling", Left, Body, bold: true);
            c.Draw(":", Left + 60, Body, bold: true);
            c.Advance(Body + 4);
            c.Draw("Svelte, Postgres, Podman", Left + 4, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["Svelte", "Postgres", "Podman"], resume.Keywords());
        Assert.Equal(["Tooling"], resume.Skills.Select(s => s.Name));
    }

    [Fact]
    public void A_list_mark_before_an_item_is_no_part_of_it_and_a_mark_alone_is_no_item()
    {
        Assert.Equal(["Svelte", "Postgres", "Cuisine"], Fields.KeywordSplitter.Split("▸ Svelte, ▸ Postgres, — Cuisine"));
        Assert.Empty(Fields.KeywordSplitter.Split("▸"));
        Assert.Equal(["-webkit-box"], Fields.KeywordSplitter.Split("-webkit-box"));
    }

    [Fact]
    public void An_item_whose_bracket_is_left_open_goes_on_to_the_line_that_closes_it()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            foreach (var line in (string[])["FIGMA", "SASS", "PHP (BASIC, FOR THE CUSTOM FIELDS OF THE CONTENT", "MANAGER)", "JAVA"])
            {
                c.Draw(line, Left, Body);
                c.Advance(Body + 4);
            }
        }));

        Assert.Equal(["FIGMA", "SASS", "PHP (BASIC, FOR THE CUSTOM FIELDS OF THE CONTENT MANAGER)", "JAVA"], resume.Keywords());
    }

    [Fact]
    public void A_skill_rated_after_its_colon_is_an_item_even_alone()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("rust : gut", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Werkzeuge: Git, Make, Podman", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["rust", "Git", "Make", "Podman"], resume.Keywords());
        Assert.DoesNotContain(resume.Skills, s => s.Name == "rust");
    }

    [Theory]
    [InlineData("FÄHIGKEITEN UND", "FERTIGKEITEN")]
    [InlineData("COMPÉTENCES ET", "QUALITÉS")]
    public void A_heading_broken_after_its_and_goes_on_to_its_second_line(string first, string second)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Henrike Obiageli", Left, 18, bold: true);
            c.Advance(22);
            c.Draw("henrike.obiageli@example.de | +49 151 5550 1842", Left, Body);
            c.Advance(Body + 16);
            c.Draw("BERUFSERFAHRUNG", Left, Body, bold: true);
            c.Advance(Body + 8);
            c.Draw("Schlosserei Wendt, Metallbauerin, 2016 - 2024", Left, Body);
            c.Advance(Body + 16);
            c.Draw(first, Left, Body, bold: true);
            c.Advance(Body + 1.5);
            c.Draw(second, Left, Body, bold: true);
            c.Advance(Body + 8);
            foreach (var item in (string[])["Schweißen (WIG, MAG)", "Technisches Zeichnen", "Auto CAD"])
            {
                c.Draw(item, Left, Body);
                c.Advance(Body + 8);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["Schweißen (WIG, MAG)", "Technisches Zeichnen", "Auto CAD"], resume.Keywords());
    }

    [Fact]
    public void Cells_under_a_row_of_labels_belong_to_the_label_above_them()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Languages: Kotlin, Go, SQL", Left, Body);
            c.Advance(Body + 10);
            c.Draw("SOFT SKILLS", Left, 10, bold: true);
            c.Draw("INTERESTS", Left + 300, 10, bold: true);
            c.Advance(Body + 6);
            foreach (var (soft, interest) in (ValueTuple<string, string?>[])[("— Clear written handovers", "— Bouldering"),
                ("— Calm under pressure", "— Sourdough baking"), ("— Mentoring apprentices", null)])
            {
                c.Draw(soft, Left + 4, Body);
                if (interest is not null)
                {
                    c.Draw(interest, Left + 304, Body);
                }
                c.Advance(Body + 4);
            }
        }));

        Assert.Equal(["Kotlin", "Go", "SQL", "Clear written handovers", "Calm under pressure", "Mentoring apprentices"], resume.Keywords());
        Assert.Equal(["Bouldering", "Sourdough baking"], resume.Interests.Select(i => i.Name));
    }

    [Fact]
    public void A_table_head_over_rows_of_a_label_beside_its_list_names_no_groups()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Area", Left + 8, 10, bold: true);
            c.Draw("Skills", Left + 90, 10, bold: true);
            c.Advance(Body + 8);
            c.Draw("Systems", Left + 8, Body);
            c.Draw("Cerner, Pyxis", Left + 90, Body);
            c.Advance(Body + 8);
            c.Draw("Clinical", Left + 8, Body);
            c.Draw("Wound care, Triage, Phlebotomy", Left + 90, Body);
            c.Advance(Body + 8);
        }));

        Assert.Equal(["Cerner", "Pyxis", "Wound care", "Triage", "Phlebotomy"], resume.Keywords());
    }

    [Theory]
    [InlineData("EDV – ZERTIFIKATE")]
    [InlineData("IT-Zertifikate")]
    public void Certificates_in_computing_are_certificates_not_skills(string heading) =>
        Assert.Equal(SectionKinds.Certificates, Structure.HeadingLexicon.Match(heading)?.Kind);

    [Fact]
    public void A_writer_who_joins_the_last_two_items_of_every_group_by_and_lists_two_items_there()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Kenntnisse");
            c.Draw("CAD: Creo, Inventor, Solidworks und ANSYS", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Programmierung: Gute Kenntnisse in LabVIEW, Python und Matlab", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Bildbearbeitung: CorelDRAW und GIMP", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Methoden: Scrum, testgetriebene Entwicklung und agile Planung", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["Creo", "Inventor", "Solidworks", "ANSYS", "LabVIEW", "Python", "Matlab", "CorelDRAW", "GIMP", "Scrum",
            "testgetriebene Entwicklung und agile Planung"], resume.Keywords());
    }

    [Fact]
    public void One_group_ending_on_two_names_joined_by_and_keeps_them_as_one_skill()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Skills");
            c.Draw("Analytics: Dashboards, Data Mining and Reporting", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Tools: Tableau, Looker", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["Dashboards", "Data Mining and Reporting", "Tableau", "Looker"], resume.Keywords());
    }

    [Fact]
    public void Tongues_named_alone_at_the_end_of_a_skills_list_are_languages()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Compétences");
            c.Draw("HTML5/CSS3", Left, Body);
            c.Advance(Body + 5);
            c.Draw("JavaScript", Left, Body);
            c.Advance(Body + 5);
            c.Draw("PHP", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Anglais", Left, Body);
            c.Advance(Body + 5);
            c.Draw("Espagnol", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["HTML5/CSS3", "JavaScript", "PHP"], resume.Keywords());
        Assert.Equal(["Anglais", "Espagnol"], resume.Languages.Select(l => l.Name));
    }

    [Fact]
    public void A_mark_that_opens_a_line_and_comes_back_between_words_parts_its_items()
    {
        var resume = Read(Pdf(c =>
        {
            Heading(c, "Stärken");
            c.Draw("+ geduldig + gründlich", Left, Body);
            c.Advance(Body + 5);
            c.Draw("► Buchhaltung ► Lagerlogistik ► Schichtplanung", Left, Body);
            c.Advance(Body + 5);
            c.Draw("- Staplerschein - Klasse B", Left, Body);
            c.Advance(Body + 5);
        }));

        Assert.Equal(["geduldig", "gründlich", "Buchhaltung", "Lagerlogistik", "Schichtplanung", "Staplerschein - Klasse B"], resume.Keywords());
    }

    [Theory]
    [InlineData("Weiterbildungen, Kurse und Seminare")]
    [InlineData("Zertifikate, Lehrgänge und Seminare")]
    public void A_list_of_certificate_names_joined_by_and_at_its_end_names_certificates(string heading) =>
        Assert.Equal(SectionKinds.Certificates, Structure.HeadingLexicon.Match(heading)?.Kind);

    private static byte[] Pdf(Action<PdfCanvas> draw)
    {
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Oyelaran Brandtmeier", Left, 18, bold: true);
            c.Advance(22);
            c.Draw("oyelaran.b@example.com | (555) 302-1184 | Duluth, MN", Left, Body);
            c.Advance(Body + 16);
            c.Draw("EXPERIENCE", Left, 11, bold: true);
            c.Advance(20);
            c.Draw("Controls Technician, Lakehead Packaging, March 2018 - May 2024", Left, Body);
            c.Advance(Body + 12);
            draw(c);
        }
        return document.ToBytes();
    }

    private static void Heading(PdfCanvas c, string text)
    {
        c.Draw(text.ToUpperInvariant(), Left, 11, bold: true);
        c.Advance(20);
    }
}
