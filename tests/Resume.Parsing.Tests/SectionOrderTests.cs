using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>One person sets all the jobs of a section alike: the order of title and employer the plainly read entries keep
/// is the order of the entries that read only weakly one way or the other.</summary>
public sealed class SectionOrderTests
{
    [Fact]
    public void Two_titles_before_their_employer_set_the_order_for_the_next_job()
    {
        var resume = Read("""
            Owen Marsh
            owen.marsh@example.com

            EXPERIENCE
            Retail Assistant • Duty Manager • Hollin Frozen Foods        09/2012 – 07/2021
            • Ran the tills on the late shift
            Butcher • Perry Follows Butchers        2004 - 2010
            • Dressed and cut the counter's meat
            """);

        Assert.Equal([("Hollin Frozen Foods", "Retail Assistant / Duty Manager"), ("Perry Follows Butchers", "Butcher")],
            resume.Work.Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void A_line_over_its_employer_is_the_title_when_the_sections_other_jobs_put_the_title_first()
    {
        var resume = Read("""
            Lea Morvan
            lea.morvan@example.com

            EXPERIENCE
            HOUSEKEEPING ASSISTANT
            Hotel Linden, Meylan
            • Cleaned and prepared the guest rooms
            CUSTOMER CARE
            Corvel Mutual, Montpellier
            • Called prospective customers
            • Filed the claims paperwork
            """);

        Assert.Equal("CUSTOMER CARE", resume.Work[1].Position);
        Assert.StartsWith("Corvel Mutual", resume.Work[1].Name);
    }

    [Fact]
    public void A_title_joined_to_its_employer_by_a_preposition_sets_the_order_for_the_lines_of_the_other_jobs()
    {
        var resume = Read("""
            Karim Haddad
            karim.haddad@example.com

            BERUFSERFAHRUNG
            03/2019 - 07/2021   Lagerarbeiter bei Nordkurier Logistik
                                Hamburg
            08/2016 - 02/2019   Einschaler
                                der Firma Brenner Bau
            """);

        Assert.Equal(["Lagerarbeiter", "Einschaler"], resume.Work.Select(w => w.Position));
        Assert.Equal("Nordkurier Logistik", resume.Work[0].Name);
    }
    [Fact]
    public void One_employer_whose_name_reads_as_a_title_does_not_turn_the_jobs_that_lean_the_other_way()
    {
        var resume = Read("""
            Maddie Fenwick
            maddie.fenwick@example.com

            EXPERIENCE
            Head Start Salon — Stylist        2021 – 2023
            • Cut and coloured for a book of regulars
            Willow Veterinary Clinic — Kennel Hand        2019 – 2021
            • Fed and walked the boarders
            Brook Farm Shop — Shelf Filler        2017 – 2019
            • Restocked the chilled aisle before opening
            """);

        Assert.Equal([("Willow Veterinary Clinic", "Kennel Hand"), ("Brook Farm Shop", "Shelf Filler")],
            resume.Work.Skip(1).Select(w => (w.Name, w.Position)));
    }

    [Fact]
    public void Most_jobs_reading_title_first_outvote_the_one_that_reads_the_other_way()
    {
        var resume = Read("""
            Tomas Reyes
            tomas.reyes@example.com

            EXPERIENCE
            Site Engineer | Calder Civil Works        2020 – 2023
            • Set out the foundations of two bridges
            Project Coordinator | Marsh & Pike Builders        2018 – 2020
            • Kept the programme for six housing blocks
            Graduate Engineer | Northway Rail        2016 – 2018
            • Surveyed the track bed for the resignalling
            Senior Estimator | Lead Valley Quarries        2015 – 2016
            • Priced the aggregate tenders
            """);

        Assert.Equal(("Lead Valley Quarries", "Senior Estimator"), (resume.Work[3].Name, resume.Work[3].Position));
    }
}
