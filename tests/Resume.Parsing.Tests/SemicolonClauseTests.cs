using Resume.Fixtures;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// A job's duties written as clauses closed by semicolons, the first typed as a plain paragraph above the list ones: a
/// line that ends in a semicolon is a clause of the list, never the first line of another job.
/// </summary>
public sealed class SemicolonClauseTests
{
    [Fact]
    public void A_plain_line_closed_by_a_semicolon_over_a_list_stays_in_the_job_above()
    {
        var resume = Read(DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Odete Brandão", "Title"), DocxResume.Plain("odete.brandao@example.com"),
                DocxResume.Styled("Experiência", "Heading1"));
            body.Append(DocxResume.Bold("Analista de Suporte – Ribeira Sistemas LTDA"), DocxResume.Plain("01/06/2017 – 22/10/2021"),
                DocxResume.Plain("Responsável pelo atendimento aos clientes da região e pela qualidade dos chamados, dando visibilidade à gerência."),
                DocxResume.Plain("Coordenar a melhoria contínua do atendimento;"),
                DocxResume.Bullet("Registrar os chamados abertos;"), DocxResume.Bullet("Gerar o relatório semanal de qualidade;"),
                DocxResume.Bullet("Treinar os novos atendentes;"));
            body.Append(DocxResume.Bold("Assistente de Compras – Mercado Aurora LTDA"), DocxResume.Plain("31/01/2012 – 04/05/2017"),
                DocxResume.Bullet("Cotar preços com fornecedores;"));
            body.Append(DocxResume.Styled("Educação", "Heading1"), DocxResume.Plain("Faculdade Serra Azul"));
        }));

        Assert.Equal(
            [("Ribeira Sistemas LTDA", "Analista de Suporte"), ("Mercado Aurora LTDA", "Assistente de Compras")],
            resume.Work.Select(w => (w.Name!, w.Position!)));
        Assert.Equal(3, resume.Work[0].Highlights.Count);
    }
}
