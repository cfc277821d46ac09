using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>A title with its qualifier after a dash ("Office Assistant – Market Research") beside a piece that names the
/// employer is one title: the dash does not part a title from its employer when the employer stands elsewhere.</summary>
public sealed class DashedTitleTests
{
    [Fact]
    public void A_sentence_ending_on_a_colon_over_the_list_is_no_employer_beside_a_dashed_line()
    {
        var resume = Read("""
            Hélène Marchal
            helene.marchal@example.fr | +33 6 12 34 56 78 | Lyon

            EXPÉRIENCE
            Consultante Informatique - NUAGE CLAIR                          01/2022 – 12/2024
            Prestations proposées dans le cadre de missions en freelance :
            • Migration des services vers des conteneurs
            • Supervision et alertes des plateformes
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal(("NUAGE CLAIR", "Consultante Informatique"), (job.Name, job.Position));
    }

    [Fact]
    public void A_note_of_how_long_the_job_ran_is_no_employer_beside_a_dashed_line()
    {
        var resume = Read("""
            Hélène Marchal
            helene.marchal@example.fr | +33 6 12 34 56 78 | Lyon

            EXPÉRIENCE
            Ingénieure Réseaux - VERTBOIS (Apprentissage)
            11/2021 – 10/2023 (2ans) | Paris, FRANCE
            • Déploiement des sondes de supervision
            • Migration des pare-feux du siège
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal("Ingénieure Réseaux", job.Position);
        Assert.StartsWith("VERTBOIS", job.Name);
    }

    [Fact]
    public void A_dashed_title_beside_its_employer_on_the_same_row_stays_whole()
    {
        var resume = Read("""
            Jack Woods
            jack.woods@example.com

            EXPERIENCE
            2016 - 2019    Front of House - Bar Staff    The Anchor, Millbrook
            • Served the bar and ran the cellar
            """);

        Assert.Equal("Front of House - Bar Staff", resume.Work[0].Position);
        Assert.StartsWith("The Anchor", resume.Work[0].Name);
    }

    [Fact]
    public void A_dashed_title_over_its_employers_line_stays_whole()
    {
        var resume = Read("""
            Jack Woods
            jack.woods@example.com

            EXPERIENCE
            Office Assistant – Market Research
            Office Team, A Brightline Staffing Company, New York, NY
            March 2020 - December 2020
            • Filed the survey returns
            """);

        Assert.Equal(("Office Team, A Brightline Staffing Company", "Office Assistant – Market Research"),
            (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void An_employer_and_its_unit_after_a_dash_under_the_title_still_part()
    {
        var resume = Read("""
            Ana Ruiz
            ana.ruiz@example.com

            EXPERIENCE
            Technical Functional Analyst                 Dec 2024 – Present
            Vantoria Clinics — Laboratory Information Systems
            • Wrote the interface specifications
            """);

        Assert.Equal(("Vantoria Clinics", "Technical Functional Analyst"), (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void An_employer_before_a_dashed_title_beside_an_unknown_town_still_parts()
    {
        var resume = Read("""
            Mika Laine
            mika.laine@example.com

            INTERNSHIP EXPERIENCE
            Ember & Vine — Line Cook Intern          May 2024 – Aug 2024
            Kivikko
            • Prepared the lunch service mise en place
            """);

        Assert.Equal(("Ember & Vine", "Line Cook Intern"), (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void A_title_dashed_onto_an_employer_with_a_legal_form_still_parts()
    {
        var resume = Read("""
            Chiara Rautio
            chiara.rautio@example.com

            WORK EXPERIENCE
            Frontend Developer — Marigold Software plc
            01/2024 – Present | Nantes, Pays de la Loire
            • Introduced visual regression tests
            """);

        Assert.Equal(("Marigold Software plc", "Frontend Developer"), (resume.Work[0].Name, resume.Work[0].Position));
    }

    [Fact]
    public void A_title_dashed_onto_an_employer_closed_by_a_brazilian_legal_form_parts_beside_its_town()
    {
        var resume = Read("""
            Rafael Moura
            rafael.moura@example.com

            EXPERIÊNCIA PROFISSIONAL
            Analista de Suporte – Lumen Sistemas LTDA          06/2019 – 10/2023
            Anápolis/GO (Brasil)
            • Atendimento aos clientes do sistema de gestão
            """);

        Assert.Equal(("Lumen Sistemas LTDA", "Analista de Suporte"), (resume.Work[0].Name, resume.Work[0].Position));
    }
}
