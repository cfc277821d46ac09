using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Entries under an education heading that are not schooling: a year of voluntary service and a job at a
/// business named by its legal form (invented people).</summary>
public sealed class MisfiledEntryTests
{
    [Fact]
    public void A_year_of_voluntary_service_listed_with_the_schools_is_volunteer_work()
    {
        var resume = Read("""
            Lena Hartmann
            lena.hartmann@example.de

            AUSBILDUNG
            09/2017 – 08/2021    Bachelor of Science Informatik, Hochschule Weserland
            08/2016 – 07/2017    Freiwilliges Soziales Jahr, Hamburg
            Diakonie Nordheide
            08/2008 – 06/2016    Abitur, Gymnasium am Moorweg
            """);

        Assert.Equal(2, resume.Education.Count);
        Assert.DoesNotContain(resume.Education, e => (e.Institution + e.Area).Contains("Freiwilliges", StringComparison.Ordinal));
        var service = Assert.Single(resume.Volunteer);
        Assert.Equal("Freiwilliges Soziales Jahr", service.Position);
        Assert.Equal("Diakonie Nordheide", service.Organization);
        Assert.Equal(("2016-08", "2017-07"), (service.StartDate, service.EndDate));
    }

    [Fact]
    public void A_post_at_a_business_listed_with_the_schools_is_a_job()
    {
        var resume = Read("""
            Owen Castellane
            owen.castellane@example.com

            EDUCATION
            Harwick University, BSc Computer Science    2016 – 2020
            Tessaline Ltd, Junior Developer    2020 – 2021
            """);

        var school = Assert.Single(resume.Education);
        Assert.Equal("Harwick University", school.Institution);
        var job = Assert.Single(resume.Work);
        Assert.Equal(("Tessaline Ltd", "Junior Developer"), (job.Name, job.Position));
    }

    [Fact]
    public void An_apprenticeship_at_a_business_listed_with_the_schools_stays_schooling()
    {
        var resume = Read("""
            Jannik Oberholz
            jannik.oberholz@example.de

            AUSBILDUNG
            08/2015 – 07/2018    Ausbildung als Fachinformatiker, Nordwerk Software GmbH
            09/2011 – 06/2015    Realschulabschluss, Realschule am Kanal
            """);

        Assert.Empty(resume.Work);
        Assert.Equal(2, resume.Education.Count);
    }

    [Fact]
    public void A_course_on_volunteering_listed_with_the_schools_stays_schooling()
    {
        var resume = Read("""
            Farida Noorani
            farida.noorani@example.com

            EDUCATION AND TRAINING
            2020    Volunteerism for Social Change and Community Leadership, Harbourview Youth Leadership Centre
            2015 – 2019    BSc Sociology, Eastmere University
            """);

        Assert.Empty(resume.Volunteer);
        Assert.Equal(2, resume.Education.Count);
    }

    [Fact]
    public void A_post_at_a_business_named_by_a_two_letter_form_listed_with_the_schools_is_a_job()
    {
        var resume = Read("""
            Saga Lindmark
            saga.lindmark@example.se

            EDUCATION
            Norrvik University, MSc Computer Science    2018 – 2020
            Fjordlane Data AB, Junior Developer    2020 – 2021
            """);

        Assert.Equal("Norrvik University", Assert.Single(resume.Education).Institution);
        var job = Assert.Single(resume.Work);
        Assert.Equal(("Fjordlane Data AB", "Junior Developer"), (job.Name, job.Position));
    }

    [Fact]
    public void A_dated_row_of_schooling_that_says_as_in_lower_case_names_no_business()
    {
        var resume = Read("""
            Ilse Marwood
            ilse.marwood@example.com

            EDUCATION
            2020 – 2021    Gap year, worked as a guide in Patagonia
            2016 – 2020    BA History, Eastmere University
            """);

        Assert.Empty(resume.Work);
        Assert.Contains(resume.Education, e => e.Institution == "Eastmere University");
    }
}
