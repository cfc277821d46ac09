using PdfSharp.Pdf;
using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A margin too narrow for a two-word heading in capitals wraps it ("EXPERIÊNCIA" / "PROFISSIONAL", "QUALIFICAÇÕES" /
/// "ACADÊMICAS"): the two lines are one heading even where the first word names a section alone, so the second is
/// neither an employer nor the first line of the section's text.
/// </summary>
public sealed class WrappedMarginHeadingTests
{
    [Fact]
    public void Two_capital_lines_that_name_a_section_together_are_one_heading()
    {
        const double margin = 60, text = 170;
        using var document = new PdfDocument();
        using (var c = new PdfCanvas(document))
        {
            c.Draw("Rafaela Nogueira Prado", text, 16, bold: true);
            c.Advance(18);
            c.Draw("rafaela.prado@example.com  ·  Campinas, SP", text, 9);
            c.Advance(30);
            foreach (var (heading, entries) in new[]
            {
                (new[] { "EXPERIÊNCIA", "PROFISSIONAL" }, new[]
                {
                    ("03/2018 - 10/2023", "Engenheira de Processos, Usina Vale Verde", "Reduzi o consumo de vapor da destilaria em doze por cento."),
                    ("01/2015 - 02/2018", "Analista de Qualidade, Laticínios Serra Azul", "Implantei o controle estatístico nas linhas de envase."),
                }),
                (new[] { "QUALIFICAÇÕES", "ACADÊMICAS" }, new[]
                {
                    ("2010 - 2014", "Bacharelado em Engenharia Química, Universidade Estadual do Cerrado", ""),
                }),
            })
            {
                c.Draw(heading[0], margin, 10);
                c.Advance(12);
                c.Draw(heading[1], margin, 10);
                c.Advance(16);
                foreach (var (dates, header, detail) in entries)
                {
                    c.Draw(dates, margin, 9);
                    c.Draw(header, text, 10, bold: true);
                    c.Advance(13);
                    if (detail.Length > 0)
                    {
                        c.Draw(detail, text, 10);
                        c.Advance(13);
                    }
                    c.Advance(6);
                }
                c.Advance(14);
            }
        }
        var resume = Read(document.ToBytes());

        Assert.Equal(["Usina Vale Verde", "Laticínios Serra Azul"], resume.Work.Select(w => w.Name!));
        Assert.Equal("Universidade Estadual do Cerrado", Assert.Single(resume.Education).Institution);
    }
}
