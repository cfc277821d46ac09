using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Schooling as German and French resumes write it (invented people): a heading qualified by an adjective, the
/// French engineering degree and preparatory classes, a stage of schooling named before the school, a school followed by
/// its town and country, degrees' initials written with spaces, honours and specialisations after the field.</summary>
public sealed class EducationAcrossLanguagesTests
{
    private static Resume.Model.Education OnlyDegree(string heading, string lines) =>
        Assert.Single(Read($"Léa Fontaine\nlea.fontaine@example.fr\n\n{heading}\n{lines}\n\nLANGUES\nFrançais, Anglais\n").Education);

    [Theory]
    [InlineData("Akademische Ausbildung")]
    [InlineData("Universitäre Ausbildung")]
    [InlineData("AKADEMISCHE AUSBILDUNG")]
    public void A_german_heading_qualified_by_an_adjective_opens_the_section_it_names(string heading)
    {
        var resume = Read($"Jonas Keller\njonas.keller@example.de\n\n{heading}\nB. Sc. Maschinenbau   10/2016 - 09/2020\nHochschule Talheim\n\n"
            + "Berufserfahrung\nKonstrukteur   10/2020 - 06/2024\nWerner Antriebe GmbH\n");

        var school = Assert.Single(resume.Education);
        Assert.Equal(("Hochschule Talheim", "B. Sc.", "Maschinenbau"), (school.Institution, school.StudyType, school.Area));
        Assert.Equal("Werner Antriebe GmbH", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void Degree_initials_written_with_a_space_stay_one_degree_before_the_field()
    {
        var school = OnlyDegree("Akademische Ausbildung", "M. Eng. Mechatronik   Ab Oktober 2025\nTH Lindenau");

        Assert.Equal(("TH Lindenau", "M. Eng.", "Mechatronik"), (school.Institution, school.StudyType, school.Area));
        Assert.Equal("2025-10", school.StartDate);
    }

    [Theory]
    [InlineData("Étudiant Ingénieur en Informatique, Lille, France", "Ingénieur", "Informatique")]
    [InlineData("Élève ingénieur en Génie civil", "ingénieur", "Génie civil")]
    [InlineData("Ingénieur ISRV (Image, Son et Réalité Virtuelle)", "Ingénieur", "ISRV (Image, Son et Réalité Virtuelle)")]
    [InlineData("CPGE Scientifique", "CPGE Scientifique", null)]
    [InlineData("Semestre d'échange", "Semestre d'échange", null)]
    public void The_french_engineering_degree_and_preparatory_classes_are_the_study_type(string degree, string type, string? area)
    {
        var school = OnlyDegree("FORMATION", $"École Supérieure de Valmont   2019 - 2022\n{degree}");

        Assert.Equal(("École Supérieure de Valmont", type, area), (school.Institution, school.StudyType, school.Area));
    }

    [Fact]
    public void A_stage_of_schooling_named_before_the_school_is_a_label_and_a_town_with_its_country_is_where_the_school_is()
    {
        var school = OnlyDegree("FORMATION", "Lycée, filière scientifique   2012 - 2015\nLycée Jean Mermoz, Valmont, France");

        Assert.Equal(("Lycée Jean Mermoz", "filière scientifique"), (school.Institution, school.Area));
    }

    [Fact]
    public void A_country_closing_the_school_line_is_not_part_of_the_schools_name()
    {
        var school = OnlyDegree("EDUCATION", "North Valmont High School, Valmont, USA\nExpected Graduation: Fall 2029\nGPA: 4.13 (Weighted)");

        Assert.Equal(("North Valmont High School", null), (school.Institution, school.Area));
        Assert.Equal("2029", school.EndDate);
    }

    [Fact]
    public void An_honours_mention_is_the_grade_not_the_field()
    {
        var school = OnlyDegree("FORMATION", "Lycée International de Valmont   2008 - 2011\nBaccalauréat Général, Mention Bien (Mathématiques, Physique-Chimie)");

        Assert.Equal("Baccalauréat Général", school.StudyType);
        Assert.Equal("Mathématiques, Physique-Chimie", school.Area);
    }

    [Theory]
    [InlineData("Diplôme d'ingénieur en informatique, spécialisation Réseaux", "Diplôme d'ingénieur", "informatique")]
    [InlineData("MSc in Physics, specialisation Optics", "MSc", "Physics")]
    public void A_specialisation_after_the_degree_and_its_field_narrows_the_field(string degree, string type, string area)
    {
        var school = OnlyDegree("FORMATION", $"Université de Valmont   2020 - 2023\n{degree}");

        Assert.Equal((type, area), (school.StudyType, school.Area));
    }

    [Fact]
    public void A_german_doctorate_in_brackets_after_the_field_names_the_degree_again()
    {
        var school = OnlyDegree("AUSBILDUNG", "Ph.D. in Mathematik/ Informatik (Dr. rer. nat.)\n08/2006 – 07/2010\nUniversität Talheim");

        Assert.Equal(("Universität Talheim", "Mathematik/ Informatik"), (school.Institution, school.Area));
    }

    [Fact]
    public void A_lone_space_run_word_marks_with_its_editing_session_is_a_space_inside_a_name()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Mira Lindqvist", "Title"), DocxResume.Plain("mira.lindqvist@example.de"),
                DocxResume.Styled("Ausbildung", "Heading1"), DocxResume.Plain("M.Sc. in Physik"), DocxResume.Plain("10/2015 – 09/2017"));
            var school = new Paragraph(
                new Run(new W.Text("Universität")) { RsidRunProperties = "00A1B2C3" },
                new Run(new W.Text(" ") { Space = SpaceProcessingModeValues.Preserve }) { RsidRunAddition = "00D4E5F6", RsidRunProperties = "00A1B2C3" },
                new Run(new W.Text("Talheim")) { RsidRunAddition = "00D4E5F6" });
            body.Append(school);
        }));

        Assert.Equal("Universität Talheim", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_second_space_typed_inside_a_name_is_no_gap()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            W.Text Spaces(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
            body.Append(new Paragraph(
                new Run(Spaces("Ravi")) { RsidRunProperties = "00A1B2C3" },
                new Run(Spaces(" ")) { RsidRunProperties = "00A1B2C3" },
                new Run(Spaces(" ")),
                new Run(Spaces("Shankar")) { RsidRunProperties = "00A1B2C3" }));
            body.Append(DocxResume.Plain("ravi.shankar@example.in"), DocxResume.Styled("Education", "Heading1"),
                DocxResume.Plain("B.Sc. in Chemistry"), DocxResume.Plain("2016 – 2019"), DocxResume.Plain("Madras Christian College"));
        }));

        Assert.Equal("Ravi Shankar", resume.Basics.Name);
    }

    [Fact]
    public void A_list_of_skills_beside_the_header_is_no_address()
    {
        var resume = Read("Léa Fontaine\nlea.fontaine@example.fr\nRust, C, Go, Zig\nHaskell, Elm\n\nEXPERIENCE\nDeveloper   2019 - 2022\nValmont Systems\n");

        Assert.NotEqual("Rust", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_handle_among_the_email_and_the_number_is_no_town()
    {
        var resume = Read("Léa Fontaine\nData Scientist\nlea.fontaine@example.fr | +33 6 12 34 56 78 | Leafon-Tech\n\nEXPERIENCE\nDeveloper   2019 - 2022\nValmont Systems\n");

        Assert.Null(resume.Basics.Location?.City);
    }

    [Fact]
    public void A_town_under_the_number_in_a_stacked_contact_block_is_the_persons_town()
    {
        var resume = Read("Mira Lindqvist\n\nAUSZEICHNUNGEN\nPreis für junge Forschende\n2014, Talheim\nmira.lindqvist@example.de\n0176-55-010-987\n"
            + "Wedelhorst, Deutschland\nhttps://github.com/miralind\n");

        Assert.Equal("Wedelhorst", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_place_set_as_large_as_the_name_on_the_line_under_it_is_not_the_names_second_line()
    {
        var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Kai Verhoeven", 250, 11, bold: true);
            c.Advance(30);
            c.Draw("Eugene, Oregon | 541-555-0199 | kai.verhoeven@example.com", 140, 11, bold: true);
            c.Advance(30);
            c.Draw("EDUCATION:", 90, 11, bold: true);
            c.Advance(15);
            c.Draw("Willamette Ridge High School, Eugene, USA", 90, 11);
            c.Advance(15);
            c.Draw("Expected Graduation: Fall 2029", 90, 11);
        }
        var resume = Read(document.ToBytes());

        Assert.Equal("Kai Verhoeven", resume.Basics.Name);
        Assert.Equal("Eugene", resume.Basics.Location?.City);
    }

    [Fact]
    public void The_french_word_for_programming_opens_the_skills()
    {
        var resume = Read("Léa Fontaine\nlea.fontaine@example.fr\n\nPROGRAMMATION\nPython, OCaml, Git\n\nFORMATION\nÉcole Supérieure de Valmont   2019 - 2022\n");

        Assert.Contains("OCaml", resume.Keywords());
        Assert.Null(resume.Basics.Location?.City);
    }

    [Theory]
    [InlineData("BSc Biology, Valmont University   2019", null, "2019")]
    [InlineData("BSc Biology, Valmont University   June 2019", null, "2019-06")]
    [InlineData("BSc Biology, Valmont University   2016 - 2019", "2016", "2019")]
    [InlineData("BSc Biology, Valmont University   since 2019", "2019", null)]
    public void A_single_date_beside_a_degree_is_when_it_was_completed(string line, string? start, string? end)
    {
        var school = OnlyDegree("EDUCATION", line);

        Assert.Equal((start, end), (school.StartDate, school.EndDate));
    }

    [Fact]
    public void Spaces_typed_on_after_a_space_are_a_gap_between_school_and_degree()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Owen Pritchard", "Title"), DocxResume.Plain("owen.pritchard@example.co.uk"),
                DocxResume.Styled("Education", "Heading1"));
            W.Text Spaces(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };
            body.Append(new Paragraph(
                new Run(Spaces("Brookfield High School")) { RsidRunAddition = "00A1B2C3" },
                new Run(Spaces(" ")) { RsidRunAddition = "00D4E5F6" },
                new Run(Spaces("        ")) { RsidRunAddition = "00A1B2C3" },
                new Run(Spaces("GCSE in Maths and English")) { RsidRunAddition = "00A1B2C3" }));
        }));

        var school = Assert.Single(resume.Education);
        Assert.Equal(("Brookfield High School", "GCSE"), (school.Institution, school.StudyType));
    }
}
