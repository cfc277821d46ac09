using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A job header with its employer and dates only, its title given in the body as a form's labelled line
/// ("Cargo:", "Position:", "Poste :").</summary>
public sealed class LabelledTitleTests
{
    [Fact]
    public void The_body_line_labelled_with_the_post_is_the_title()
    {
        var resume = Read("""
            Marina Teixeira
            marina.teixeira@example.com

            Experiência Profissional

            2014 – Hospital Vale Verde LTDA
              Duração: 3 anos.
              Cargo: Enfermeira Chefe.
              Função: Coordenação da equipe de enfermagem.
              Principais atividades: Escalas, treinamento e auditoria de prontuários.

            2010 – Clínica Bom Pastor
              Duração: 4 anos.
              Cargo: Técnica de Enfermagem.
              Principais atividades: Atendimento ambulatorial.
            """);

        Assert.Equal(
            [("Hospital Vale Verde LTDA", "Enfermeira Chefe"), ("Clínica Bom Pastor", "Técnica de Enfermagem")],
            resume.Work.Select(w => (w.Name, w.Position)));
        Assert.DoesNotContain(resume.Work.SelectMany(w => w.Highlights).Concat(resume.Work.Select(w => w.Summary ?? "")),
            text => text.Contains("Cargo:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_title_in_the_header_is_kept_over_a_labelled_function()
    {
        var resume = Read("""
            Jonas Albrecht
            jonas.albrecht@example.com

            Berufserfahrung

            Lagerleiter, Nordkurier Logistik GmbH, 2016 – 2021
              Funktion: Leitung von zwölf Mitarbeitenden.
            """);

        Assert.Equal("Lagerleiter", Assert.Single(resume.Work).Position);
    }
}
