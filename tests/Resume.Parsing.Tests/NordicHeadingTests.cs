using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Section headings of Danish and Finnish resumes: plurals, compounds and the sections beside work and school
/// (invented people).</summary>
public sealed class NordicHeadingTests
{
    [Fact]
    public void A_Danish_resume_opens_work_volunteer_and_interests_by_their_plural_and_compound_headings()
    {
        var resume = Read("""
            Signe Holmgaard
            signe.holmgaard@example.dk

            ARBEJDSERFARINGER
            Udvikler, Fjordlys ApS    2019 – 2023
            • Bookingsystem i C#

            FRIVILLIGT ARBEJDE
            Træner, Vesterbro Svømmeklub    2016 – 2019
            • Ugentlige hold for børn

            PROGRAMMERINGSSPROG
            C#, TypeScript, SQL

            HOBBYER
            Kajak, brætspil
            """);

        var job = Assert.Single(resume.Work);
        Assert.Equal("Fjordlys ApS", job.Name);
        var unpaid = Assert.Single(resume.Volunteer);
        Assert.Contains("Vesterbro Svømmeklub", new[] { unpaid.Organization, unpaid.Position });
        Assert.Contains("TypeScript", resume.Keywords());
        Assert.NotEmpty(resume.Interests);
    }

    [Fact]
    public void A_Finnish_resume_is_read_by_its_headings()
    {
        var resume = Read("""
            Aino Lehtikangas
            aino.lehtikangas@example.fi

            TYÖKOKEMUS
            Ohjelmistokehittäjä, Revontuli Oy    2020 – 2024
            • Maksupalvelu Kotlinilla

            KOULUTUS
            Diplomi-insinööri, Tampereen yliopisto    2014 – 2020

            KIELITAITO
            englanti – erinomainen
            ruotsi – hyvä
            """);

        Assert.Equal("Revontuli Oy", Assert.Single(resume.Work).Name);
        Assert.Equal(("2014", "2020"), (Assert.Single(resume.Education).StartDate, resume.Education[0].EndDate));
        Assert.Equal(["englanti", "ruotsi"], resume.Languages.Select(l => l.Name));
    }
}
