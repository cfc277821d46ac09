using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Resume.Parsing.Tests;

/// <summary>
/// What Word leaves in a file a person edited over time: runs split at every editing session (each marked with the
/// session's id), icons set as inline pictures between contact details, a heading that took the list style of the
/// bullets above it. None of it is on the page as a separator or a list item.
/// </summary>
public sealed class WordSavedDocxTests
{
    [Fact]
    public void A_space_run_Word_split_off_in_an_editing_session_keeps_the_dates_one_range()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Marisol Okafor", "Title"), DocxResume.Plain("marisol.okafor@example.com"),
                DocxResume.Styled("PROFESSIONAL EXPERIENCE", "Heading1"));
            body.Append(DocxResume.Bold("Programme Officer"), DocxResume.Plain("Coastal Water Trust"),
                Revised("March", " 202", "3", " ", "–", " Present"),
                DocxResume.Bullet("Drafted the quarterly reports for three donors"));
            body.Append(DocxResume.Bold("Field Assistant"), DocxResume.Plain("Riverside Survey Unit"),
                Revised("June", " 2020", " ", "–", " ", "February 2023"),
                DocxResume.Bullet("Ran household surveys in twelve villages"));
        }));

        Assert.Equal(
            [("Coastal Water Trust", "Programme Officer", "2023-03", null), ("Riverside Survey Unit", "Field Assistant", "2020-06", "2023-02")],
            resume.Work.Select(w => (w.Name, w.Position, w.StartDate, w.EndDate)));
    }

    [Fact]
    public void Icons_set_as_inline_pictures_part_the_contact_details_they_stand_between()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Marisol Okafor", "Title"),
                new Paragraph(Icon(1), Typed("(+220) 555 0142"), Icon(2), Typed("marisol.okafor@example.com"), Icon(3), Typed("Serrekunda, The Gambia")),
                DocxResume.Styled("Experience", "Heading1"), DocxResume.Bold("Programme Officer"),
                DocxResume.Plain("Coastal Water Trust, Banjul"), DocxResume.Plain("March 2023 – Present"));
        }));

        Assert.Equal("marisol.okafor@example.com", resume.Basics.Email);
        Assert.Equal("Serrekunda", resume.Basics.Location?.City);
    }

    [Fact]
    public void A_section_name_in_the_headings_look_but_a_list_style_still_opens_its_section()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Marisol Okafor", "Title"), DocxResume.Plain("marisol.okafor@example.com"),
                DocxResume.Styled("EXPERIENCE", "Heading1"), DocxResume.Bold("Coastal Water Trust — Programme Officer"),
                DocxResume.Plain("March 2023 – Present"), DocxResume.Bullet("Drafted the quarterly reports for three donors"),
                DocxResume.Styled("SKILLS", "Heading1"), DocxResume.Bullet("Report writing"), DocxResume.Bullet("Survey design"));
            // Enter after the last skill keeps the list style; the writer then typed the heading and made it bold and large.
            body.Append(new Paragraph(
                new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
                new Run(new RunProperties(new W.Bold(), new FontSize { Val = "28" }), new W.Text("EDUCATION"))));
            body.Append(DocxResume.Bold("University of the Gambia — BSc Environmental Science"), DocxResume.Plain("2016 – 2020"));
        }));

        Assert.Equal(["Report writing", "Survey design"], resume.Skills.SelectMany(s => s.Keywords ?? []));
        Assert.Equal("University of the Gambia", Assert.Single(resume.Education).Institution);
    }

    [Fact]
    public void A_range_still_continuing_has_no_end()
    {
        var resume = Read("""
            Jonas Brandt
            jonas.brandt@example.com

            Practical experience
            01/10/2020-continuing        Research assistant
            Institute for Fluid Dynamics (Technical University of Lindenau)
            ▪ Tutorials for the subject "Fluid Mechanics I"
            01/03/2019-31/08/2019        Research assistant
            Institute for Control Engineering (Technical University of Lindenau)
            ▪ Concept for evaluating camera images of surfaces
            """);

        Assert.Equal([("2020-10", null), ("2019-03", "2019-08")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void A_form_of_labelled_fields_in_Portuguese_gives_employer_and_title()
    {
        var resume = Read("""
            Rafael Menezes Araújo
            rafael.araujo@example.com

            Experiência Profissional
            Empresa: Serra Clara Cobranças.
            Cargo: Assistente de Suporte.
            Atividades: atender chamados e prestar suporte aos usuários.
            Empresa: Lumen Educação Digital.
            Cargo: Estagiário de TI.
            Atividades: testes de qualidade e revisão de conteúdos.
            """);

        Assert.Equal([("Serra Clara Cobranças", "Assistente de Suporte"), ("Lumen Educação Digital", "Estagiário de TI")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void Cells_that_each_open_with_a_heading_read_as_columns_and_each_column_keeps_its_heading_style()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Gareth Pryce", "Title"));
            // A template's table: the left cells in Heading 1, the right ones in Heading 2, a row per pair of sections.
            body.Append(DocxResume.Row([
                [DocxResume.Styled("Contact", "Heading1"), DocxResume.Plain("14 Orchard Row"), DocxResume.Plain("Lichfield"),
                    DocxResume.Plain("07700 900458"), DocxResume.Plain("gareth.pryce@example.com")],
                [DocxResume.Styled("Objective", "Heading2"), DocxResume.Plain("A steady job in a friendly team where I can learn new skills.")],
            ]));
            body.Append(DocxResume.Row([
                [DocxResume.Styled("Education", "Heading1"), DocxResume.Plain("Lichfield College"), DocxResume.Plain("NVQ Level 2 Retail")],
                [DocxResume.Styled("Experience", "Heading2"), DocxResume.Plain("03/2012 – 06/2021"),
                    DocxResume.Plain("Shift Supervisor • Northgate Foods"), DocxResume.Styled("Teamwork", "Heading2"),
                    DocxResume.Plain("I like working with others and I am always on time.")],
            ]));
        }));

        Assert.Equal("07700 900458", resume.Basics.Phone);
        Assert.Equal("Northgate Foods", Assert.Single(resume.Work).Name);
    }

    /// <summary>One paragraph typed in pieces over several sessions: each piece a run Word marked with its session.</summary>
    private static Paragraph Revised(params string[] pieces)
    {
        var paragraph = new Paragraph();
        for (var i = 0; i < pieces.Length; i++)
        {
            paragraph.Append(new Run(new W.Text(pieces[i]) { Space = SpaceProcessingModeValues.Preserve })
            {
                RsidRunAddition = (0x00A10000 + i * 0x111).ToString("X8", System.Globalization.CultureInfo.InvariantCulture),
            });
        }
        return paragraph;
    }

    private static Run Typed(string text) => new(new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });

    /// <summary>A small inline picture, the way templates set a phone or envelope icon in the line.</summary>
    private static Run Icon(uint id) => new(new Drawing(new DW.Inline(
        new DW.Extent { Cx = 120000, Cy = 120000 },
        new DW.DocProperties { Id = id, Name = $"Icon {id}" })));
}
