using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>How a header's wording tells the employer from the title (invented people): the words around the employer's
/// name (German articles, "for" before a company, a town after "in"), working for oneself, and the nouns of French titles
/// and of institutions.</summary>
public sealed class EmployerWordingTests
{
    [Fact]
    public void The_article_after_bei_or_an_der_is_not_part_of_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Malte Oberkamp",
            "malte.oberkamp@example.de",
            "",
            "Berufserfahrung",
            "2019 - 2021    Praktikum bei der Nordwerk AG",
            "                • Prüfstände für Getriebe aufgebaut",
            "2016 - 2019    Tutor an der Hochschule Emden",
            "                • Übungen zur Mechanik betreut"));

        Assert.Equal([("Praktikum", "Nordwerk AG"), ("Tutor", "Hochschule Emden")], resume.Work.Select(w => (w.Position, w.Name)));
    }

    [Fact]
    public void A_known_town_after_in_closes_the_employer_and_is_the_place()
    {
        var resume = Read(string.Join('\n',
            "Malte Oberkamp",
            "malte.oberkamp@example.de",
            "",
            "Berufserfahrung",
            "2019 - 2021    Softwareentwickler bei der Lindqvist GmbH in München",
            "                • Schnittstellen für die Lagerverwaltung entwickelt"));

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Softwareentwickler", "Lindqvist GmbH", "München"), (job.Position, job.Name, job.Location));
    }

    [Fact]
    public void Words_a_preposition_opens_after_the_legal_form_are_not_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Malte Oberkamp",
            "malte.oberkamp@example.de",
            "",
            "Berufserfahrung",
            "2019 - 2021    Werkstudent, Hallberg Räumtechnik GmbH im Versuchsbereich",
            "                • Messreihen ausgewertet"));

        Assert.Equal("Hallberg Räumtechnik GmbH", Assert.Single(resume.Work).Name);
    }

    [Fact]
    public void For_before_a_company_joins_the_title_to_its_employer()
    {
        var resume = Read(string.Join('\n',
            "Petra Vasquez-Lind",
            "petra.vl@example.com",
            "",
            "EXPERIENCE",
            "Promoter for Kestrel Corporation",
            "2022 - 2024",
            "- Ran tasting stands in six supermarkets",
            "Instructor for Chemistry",
            "2020 - 2022",
            "- Taught first-year laboratory sessions"));

        Assert.Equal(("Promoter", "Kestrel Corporation"), (resume.Work[0].Position, resume.Work[0].Name));
        Assert.Equal("Instructor for Chemistry", resume.Work[1].Position);
        Assert.DoesNotContain(resume.Work, w => w.Name == "Chemistry");
    }

    [Fact]
    public void Working_for_oneself_beside_a_title_is_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Idriss Benali",
            "idriss.benali@example.fr",
            "",
            "EXPÉRIENCES PROFESSIONNELLES",
            "Développeur Full Stack (Freelance)",
            "2021 - 2023",
            "- Sites de commerce en ligne pour des artisans",
            "Mobile Developer – Self-employed (2019 – 2021) Apps for local clubs",
            "- Published two apps"));

        Assert.Equal(("Développeur Full Stack", "Freelance"), (resume.Work[0].Position, resume.Work[0].Name));
        Assert.Equal(("Mobile Developer", "Self-employed"), (resume.Work[1].Position, resume.Work[1].Name));
    }

    [Fact]
    public void A_french_trade_noun_is_the_title_and_a_research_unit_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Solène Marchetti",
            "solene.marchetti@example.fr",
            "",
            "EXPÉRIENCE",
            "Statisticienne, Unité de recherche Odyssée (UR 2231), Rennes, France",
            "2019 - 2023",
            "- Modèles de survie pour des cohortes agricoles"));

        var job = Assert.Single(resume.Work);
        Assert.Equal(("Statisticienne", "Unité de recherche Odyssée (UR 2231)"), (job.Position, job.Name));
    }

    [Fact]
    public void A_hyphenated_name_closed_by_an_institution_noun_is_the_employer()
    {
        var resume = Read(string.Join('\n',
            "Jonas Wettermark",
            "jonas.wettermark@example.de",
            "",
            "Berufserfahrung",
            "08/2021 - 07/2023",
            "4B Unfallchirurgie | St. Wendelin-Krankenhaus Lohberg",
            "• Patienten auf Station versorgt"));

        Assert.Equal("St. Wendelin-Krankenhaus Lohberg", Assert.Single(resume.Work).Name);
    }
}
