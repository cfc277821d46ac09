using DocumentFormat.OpenXml.Wordprocessing;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Word splits a run wherever the formatting changes, so a space condensed on its own ("Analista", " ", "de") comes as a
/// run of one space between words. It is a space, not the gap between list items some generators write as a lone space
/// run: the job's title keeps its words and its employer after the dash stays the employer.
/// </summary>
public sealed class CondensedSpaceRunTests
{
    [Fact]
    public void A_condensed_space_run_inside_a_job_title_is_a_space_between_its_words()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Renata Quintal", "Title"), DocxResume.Plain("renata.quintal@example.com"),
                DocxResume.Styled("Experiência", "Heading1"));
            body.Append(Job(["Analista", "de", "Suporte"], "Ribeira Sistemas LTDA"), DocxResume.Plain("01/06/2017 – 22/10/2021"),
                DocxResume.Plain("Atendimento a clientes e treinamento de equipes."));
            body.Append(Job(["Assistente", "de", "Compras"], "Mercado Aurora LTDA"), DocxResume.Plain("31/01/2012 – 04/05/2017"),
                DocxResume.Plain("Cotação de preços e controle de pedidos."));
            body.Append(DocxResume.Styled("Educação", "Heading1"), DocxResume.Plain("Faculdade Serra Azul"));
        }));

        Assert.Equal(
            [("Ribeira Sistemas LTDA", "Analista de Suporte", "2017-06"), ("Mercado Aurora LTDA", "Assistente de Compras", "2012-01")],
            resume.Work.Select(w => (w.Name!, w.Position!, w.StartDate!)));
    }

    /// <summary>The title's words as runs parted by condensed space runs, then "– Employer" in a smaller run.</summary>
    private static Paragraph Job(string[] words, string employer)
    {
        var paragraph = new Paragraph();
        for (var i = 0; i < words.Length; i++)
        {
            if (i > 0)
            {
                paragraph.Append(new Run(new RunProperties(new Spacing { Val = -3 }), new W.Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
            }
            paragraph.Append(new Run(new RunProperties(new Bold()), new W.Text(words[i])));
        }
        paragraph.Append(new Run(new RunProperties(new Spacing { Val = -2 }), new W.Text(" ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new RunProperties(new FontSize { Val = "16" }), new W.Text("– " + employer) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }
}
