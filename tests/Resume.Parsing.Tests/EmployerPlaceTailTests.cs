using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>An employer's line that closes on where it is, in the ways other countries write a place: a postcode before
/// the town ("Enderli Metallbau, 8302 Kloten"), or a town and its state's code joined by a slash ("Unidade Básica de
/// Saúde Croatá, Ocara/Ce", "Pouso Alegre/MG").</summary>
public sealed class EmployerPlaceTailTests
{
    [Fact]
    public void A_postcode_and_town_after_the_employer_are_where_the_job_was()
    {
        var resume = Read("""
            Karla Gysin
            karla.gysin@example.com

            Berufserfahrung

            Ostermann Metallbau, 8302 Kloten
            Metallbaukonstrukteur
            Januar 2007 - Heute

            Brunner Fassadentechnik, 9014 St. Gallen
            Metallbaukonstrukteur
            August 2005 - Februar 2006
            """);

        Assert.Equal(["8302 Kloten", "9014 St. Gallen"], resume.Work.Select(w => w.Location));
        Assert.DoesNotContain(resume.Work, w => (w.Name ?? "").Contains("Kloten", StringComparison.Ordinal));
    }

    [Fact]
    public void A_town_and_state_code_joined_by_a_slash_are_where_the_job_was()
    {
        var resume = Read("""
            Paula Mendes Arruda
            paula.arruda@example.com

            Experiência Profissional

            Unidade Básica de Saúde Croatá, Ocara/Ce
            Médica da estratégia saúde da família
            Julho 2022 - Dezembro 2022

            Unidade de Pronto-Atendimento, Eusébio/Ce
            Médica plantonista
            Abril 2022 - Atual
            """);

        Assert.Equal(["Ocara/Ce", "Eusébio/Ce"], resume.Work.Select(w => w.Location));
    }
}
