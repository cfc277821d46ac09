using Resume.Parsing.Fields;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Habits of resumes typed in a word processor: start and end set in tab columns with no dash between,
/// a form's labelled value that carries the dates in brackets, month names joined to the year by a preposition.</summary>
public sealed class TypedDocumentTests
{
    [Theory]
    [InlineData("2014-11 2016-01", "2014-11", "2016-01")]
    [InlineData("Business Developer\tHollin AB\t2014-11\t2016-01", "2014-11", "2016-01")]
    [InlineData("03/2019    06/2021", "2019-03", "2021-06")]
    [InlineData("Mar 2019   June 2021", "2019-03", "2021-06")]
    public void Two_month_dates_set_side_by_side_are_start_and_end(string text, string start, string end)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, end), (range.Start, range.End));
    }

    [Theory]
    [InlineData("2016-01 2014-11", "2016-01")]
    [InlineData("2014-11 Mar 2016", "2014-11")]
    [InlineData("2019 2021", "2019")]
    public void Dates_side_by_side_in_another_order_form_or_precision_stay_single(string text, string start)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, null), (range.Start, range.End));
    }

    [Fact]
    public void Tabbed_entry_lines_keep_both_ends_of_their_range()
    {
        var resume = Read("""
            Maja Lindqvist
            maja.lindqvist@example.com

            Work Experience
            Business Developer		Hollin AB		2014-11	2016-01
            ─ Validated the business model of a student startup.
            Market Assistant		Strand Hygiene AB		2015-06	2015-09
            ─ Analyzed offerings as part of a global innovation team.

            Education
            MSc Entrepreneurship		Lindby University		2013-08	2016-06
            """);

        Assert.Equal([("2014-11", "2016-01"), ("2015-06", "2015-09")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal("2016-06", Assert.Single(resume.Education).EndDate);
    }

    [Theory]
    [InlineData("Market Assistant   Strand Hygiene AB   2015-06", "2015-06", false)]
    [InlineData("ab 2019 Werkstudent", "2019", true)]
    public void A_nordic_company_form_in_capitals_is_no_word_for_since(string text, string start, bool current)
    {
        var range = DateParser.Find(text);
        Assert.NotNull(range);
        Assert.Equal((start, current), (range.Start, range.Current));
    }

    [Fact]
    public void A_footer_of_street_and_number_that_fell_among_the_entries_is_the_contact()
    {
        var resume = Read("""
            Maja Lindqvist – CV

            Education
            MSc Entrepreneurship		Lindby University		2013-08	2016-06
            ─ Focus on knowledge-intensive entrepreneurship.
            Sjöallén 39 Lgh 1204		+46 (0)70 53 55 697
            417 53 Lindby		maja.lindqvist@example.com
            BSc Industrial Management		Lindby University		2010-08	2013-06
            """);

        Assert.Equal("+46 (0)70 53 55 697", resume.Basics.Phone);
        Assert.Equal("maja.lindqvist@example.com", resume.Basics.Email);
        Assert.Equal(["Lindby University", "Lindby University"], resume.Education.Select(e => e.Institution));
    }

    [Fact]
    public void A_form_gives_the_dates_in_brackets_beside_the_employer()
    {
        var resume = Read("""
            Rafael Menezes Araújo
            rafael.araujo@example.com

            Experiência Profissional
            Empresa: Serra Clara Cobranças (janeiro de 2011 – setembro de 2013)
            Função: Assistente de Suporte
            Atividades:
            • Atender chamados dos usuários
            Empresa: Lumen Educação (fevereiro de2008 - julho 2010)
            Função: Estagiário de TI
            Atividades:
            • Testes de qualidade
            """);

        Assert.Equal([("Serra Clara Cobranças", "2011-01", "2013-09"), ("Lumen Educação", "2008-02", "2010-07")],
            resume.Work.Select(w => (w.Name, w.StartDate, w.EndDate)));
    }

    [Theory]
    [InlineData("CURSOS E CAPACITAÇÃO")]
    [InlineData("Cursos")]
    [InlineData("Capacitaciones")]
    [InlineData("Formation continue")]
    public void Courses_taken_under_their_own_heading_are_certificates(string heading)
    {
        var resume = Read($"""
            Rafael Menezes Araújo
            rafael.araujo@example.com

            Experiência Profissional
            Assistente de Suporte, Serra Clara Cobranças, 2011 - 2013

            {heading}
            • Curso Especialista em Redes Linux
            • Administração de Servidores Windows
            """);

        Assert.Equal(["Curso Especialista em Redes Linux", "Administração de Servidores Windows"], resume.Certificates.Select(c => c.Name));
    }

    [Fact]
    public void A_range_typed_with_ha_between_its_dates_opens_each_bulleted_job()
    {
        var resume = Read("""
            Gisele Prado Lima
            gisele.lima@example.com

            Experiências:
            • 05/2021 há 09/2021   Especialista em Crédito - Pátria Soluções Financeiras
            Atividades desenvolvidas: Ofertas de crédito a clientes aposentados.
            • 09/2020 há 05/2021   Representante de Atendimento - Almaviva Serviços
            Atividades desenvolvidas: Vendas de planos e serviços aos clientes.
            • 01/2019 a 04/2020   Auxiliar de Escritório - Periciando Ltda
            Atividades desenvolvidas: Controle de pagamento de clientes.
            """);

        Assert.Equal([("2021-05", "2021-09"), ("2020-09", "2021-05"), ("2019-01", "2020-04")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal(["Pátria Soluções Financeiras", "Almaviva Serviços", "Periciando Ltda"], resume.Work.Select(w => w.Name));
    }

    [Fact]
    public void A_romanian_cv_names_its_sections_and_months_in_romanian()
    {
        var resume = Read("""
            POPESCU ANDREI MIHAI
            andrei.popescu@example.com
            0741 555 010

            EXPERIENȚĂ
            TEHNICIAN ELECTRONIST, Atelier Volta SRL
            Octombrie 2023 – Mai 2024
            INSTRUCTOR DE PROGRAMARE, Școala Digitală
            Octombrie 2024 - Prezent

            EDUCAȚIE
            Universitatea Tehnică din Brașov
            2022-2026

            COMPETENȚE ȘI CAPACITĂȚI
            LTSpice, Verilog, OrCAD
            """);

        Assert.Equal([("2023-10", "2024-05"), ("2024-10", null)], resume.Work.Select(w => (w.StartDate, w.EndDate)));
        Assert.Equal("2026", Assert.Single(resume.Education).EndDate);
        Assert.Contains("Verilog", resume.Keywords());
    }
}
