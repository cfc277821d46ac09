using Resume.Fixtures;
using Resume.Model;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>Ways of writing the same facts that other people's resumes use (found with the holdout generator), in plain
/// text and Word documents built in code.</summary>
public sealed class WordingVariantTests
{
    [Fact]
    public void An_employer_followed_by_its_city_and_region_keeps_its_name()
    {
        var resume = Read("""
            Brennan Urquhart
            brennan@example.com

            EXPERIENCE
            Lead Data Engineer                                    September 2021 – Current
            Goldleaf Systems Corp.
            • Modelled 800 dbt models with tests, cutting broken dashboards by 38%

            Senior Data Engineer                                    March 2019 – June 2021
            Yarrow Biotech, San Diego, CA
            • Introduced data contracts between 9 producing teams and analytics

            Data Engineer                                        March 2015 – January 2019
            Evergreen Retail, Cork, Ireland
            • Built pipelines processing 4 TB of clickstream data per day
            """);

        Assert.Equal(["Goldleaf Systems Corp.", "Yarrow Biotech", "Evergreen Retail"], resume.Work.Select(w => w.Name));
        Assert.Equal([null, "San Diego, CA", "Cork, Ireland"], resume.Work.Select(w => w.Location));
    }

    [Fact]
    public void An_employer_followed_by_a_known_city_and_a_state_code_or_by_remote_keeps_its_name()
    {
        var resume = Read("""
            Quentin Briain
            quentin@example.com

            EXPERIENCE
            Senior Mobile Engineer                                    May 2021 – Current
            Tidewater Partners LLC, São Paulo, SP
            • Automated releases with Fastlane, cutting release prep from 5 days to 3 hours

            Mobile Engineer                                        March 2017 – April 2021
            Northwind Games, Remote
            • Built offline sync for 6 core flows
            """);

        Assert.Equal(["Tidewater Partners LLC", "Northwind Games"], resume.Work.Select(w => w.Name));
        Assert.Equal(["São Paulo, SP", "Remote"], resume.Work.Select(w => w.Location));
    }

    [Fact]
    public void The_stop_closing_an_entry_line_is_neither_part_of_a_state_code_nor_a_second_stop_of_an_abbreviation()
    {
        var resume = Read("""
            Quentin Briain
            quentin@example.com

            EXPERIENCE
            Lead iOS Engineer, Heron Labs, São Paulo, SP.                    Dec 2024 – Current
            • Shipped a rewrite of the booking app rated 4.4 by 410K users

            Senior Data Engineer, Willowbrook Networks B.V..                 Apr 2014 – Mar 2017
            • Automated 50 manual finance reports with scheduled SQL jobs
            """);

        Assert.Equal([("Heron Labs", "Lead iOS Engineer"), ("Willowbrook Networks B.V.", "Senior Data Engineer")], resume.Work.Select(w => (w.Name, w.Position)));
        Assert.Equal(["São Paulo, SP", null], resume.Work.Select(w => w.Location));
    }

    [Fact]
    public void Entries_dated_by_one_year_after_a_separator_are_kept_apart()
    {
        var resume = Read("""
            Ines Fernández
            ines@example.com

            VOLUNTEERING
            Mentor, Code Club | 2021
            Ran monthly workshops for beginners.
            Organizer, Local Food Bank | 2019
            Coordinated 20 volunteers over weekend shifts.
            """);

        Assert.Equal(["Code Club", "Local Food Bank"], resume.Volunteer.Select(v => v.Organization));
        Assert.Equal(["2021", "2019"], resume.Volunteer.Select(v => v.StartDate));
    }

    [Fact]
    public void Institutions_with_a_comma_or_cut_over_two_lines_keep_their_whole_name()
    {
        var resume = Read("""
            Helena Szabó
            helena@example.com

            EDUCATION
            University of California, San Diego                      09/2014 - 06/2018
            B.Tech., Computer Science

            Queensland University of
            Technology
            BS, Data Science                                          2010 - 2014

            University of Wisconsin–Madison                           2008 - 2010
            Master’s in Public Health
            """);

        Assert.Equal(
            [("University of California, San Diego", "B.Tech.", "Computer Science"), ("Queensland University of Technology", "BS", "Data Science"),
             ("University of Wisconsin–Madison", "Master’s", "Public Health")],
            resume.Education.Select(e => (e.Institution!, e.StudyType!, e.Area!)));
    }

    [Theory]
    [InlineData("+49 40 3605830")]
    [InlineData("+55 11 93811-2287")]
    [InlineData("+81 90-4411-2093")]
    public void Phone_numbers_with_long_digit_groups_are_found(string phone)
    {
        var resume = Read($"""
            Raúl Müller
            raul@example.com | {phone} | Hamburg, Germany

            SKILLS
            Go, Kotlin
            """);
        Assert.Equal(phone, resume.Basics.Phone);
    }

    [Fact]
    public void A_town_with_a_country_code_or_over_its_country_is_the_location_not_the_title()
    {
        var coded = Read("""
            Raúl Müller
            Charge Nurse
            raul@example.com
            Cork IE

            SKILLS
            Triage, Wound care
            """);
        Assert.Equal("Cork", coded.Basics.Location?.City);
        Assert.Equal("Charge Nurse", coded.Basics.Label);

        var stacked = Read("""
            Raúl Müller
            Cork
            Ireland
            raul@example.com

            SKILLS
            Triage, Wound care
            """);
        Assert.Equal("Cork", stacked.Basics.Location?.City);
        Assert.Null(stacked.Basics.Label);
    }

    [Fact]
    public void Word_hyperlinks_behind_network_names_give_the_profiles()
    {
        var bytes = DocxResume.Compose((body, main) =>
        {
            body.Append(DocxResume.Styled("Elena Papadakis", "Title"));
            body.Append(DocxResume.Linked(main, ("elena@example.com", "mailto:elena@example.com"), (" · ", null),
                ("LinkedIn", "https://www.linkedin.com/in/elena-papadakis"), (" · ", null), ("GitHub", "https://github.com/epapadakis")));
            body.Append(DocxResume.Styled("Skills", "Heading1"));
            body.Append(DocxResume.Plain("Go, Kotlin, PostgreSQL"));
        });
        var resume = Read(bytes);

        Assert.Equal("elena@example.com", resume.Basics.Email);
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "LinkedIn", Username: "elena-papadakis" });
        Assert.Contains(resume.Basics.Profiles, p => p is { Network: "GitHub", Url: "https://github.com/epapadakis" });
    }

    [Fact]
    public void A_heading_cell_over_labelled_skill_groups_opens_the_skills_section()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Helena Szabó", "Title"));
            body.Append(DocxResume.Row([[DocxResume.Bold("SUMMARY")], [DocxResume.Plain("Seven years in platform teams.")]]));
            body.Append(DocxResume.Row([
                [DocxResume.Bold("EXPERTISE")],
                [DocxResume.Bold("Cloud:"), DocxResume.Bold("Observability:")],
                [DocxResume.Plain("OpenStack, Azure, GCP"), DocxResume.Plain("Datadog, Prometheus")],
            ]));
        });
        var resume = Read(bytes);

        Assert.Contains(resume.Meta.Sections, s => s.Kind == SectionKinds.Skills);
        Assert.Equal(["OpenStack", "Azure", "GCP", "Datadog", "Prometheus"], resume.Keywords());
        Assert.Equal("Seven years in platform teams.", resume.Basics.Summary);
    }

    [Fact]
    public void A_bold_name_and_a_plain_issuer_split_by_a_line_break_are_one_certificate()
    {
        var bytes = DocxResume.Compose((body, _) =>
        {
            body.Append(DocxResume.Styled("Ananya Dąbrowski", "Title"));
            body.Append(DocxResume.Styled("Certificates", "Heading1"));
            body.Append(DocxResume.Broken(("Certified Kubernetes Administrator (CKA)", true), ("Cloud Native Computing Foundation, Nov 2023", false)));
            body.Append(DocxResume.Broken(("AWS Certified DevOps Engineer", true), ("Amazon Web Services, Apr 2024", false)));
        });
        var resume = Read(bytes);

        Assert.Equal(["Certified Kubernetes Administrator (CKA)", "AWS Certified DevOps Engineer"], resume.Certificates.Select(c => c.Name));
        Assert.Equal(["2023-11", "2024-04"], resume.Certificates.Select(c => c.Date));
    }

    [Fact]
    public void Certificates_opening_with_their_dates_are_one_a_line_however_they_wrapped()
    {
        var resume = Read("""
            Ingrid Solberg
            ingrid.solberg@example.org

            CERTIFICATES
            May 2022: Chartered Structural Engineer (CEng), Norwegian Institution of
            Structural Engineers
            Jan 2024: Timber Frame Design for Mid-Rise Housing, Nordic Building Academy
            Sep 2019: Site Safety Supervisor Certificate, Construction Skills Board
            """);

        Assert.Equal(["Chartered Structural Engineer (CEng)", "Timber Frame Design for Mid-Rise Housing", "Site Safety Supervisor Certificate"],
            resume.Certificates.Select(c => c.Name));
        Assert.Equal(["2022-05", "2024-01", "2019-09"], resume.Certificates.Select(c => c.Date));
        Assert.Equal("Norwegian Institution of Structural Engineers", resume.Certificates[0].Issuer);
    }
}
