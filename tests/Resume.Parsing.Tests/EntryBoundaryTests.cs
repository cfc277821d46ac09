using DocumentFormat.OpenXml;
using Resume.Fixtures;
using static Resume.Fixtures.DocxResume;
using static Resume.Parsing.Tests.Parsing;

namespace Resume.Parsing.Tests;

/// <summary>
/// Where one job ends and the next begins, told from the page: a line in the entries' larger type under a bullet's
/// wrapped text opens an entry whatever its first letter, a team named after the employer is a unit of it, and a town
/// after the dates on their own line is where the job was.
/// </summary>
public sealed class EntryBoundaryTests
{
    private static readonly (string, string, string, string, string, string[])[] Jobs =
    [
        ("Data Engineer", "Fennel", "Search Team", "Pécs", "Mar 2022 – Present",
            ["Moved the nightly ranking jobs from cron scripts to a scheduled pipeline with retries and alerts",
             "Wrote the feature store's backfill tool, which rebuilt two years of signals in an afternoon"]),
        ("Data Engineer", "Orchard Bank", "Payments Team", "Szeged", "Jan 2020 – Feb 2022",
            ["Replaced the card ledger's hand-kept exports with change data capture feeding the reporting warehouse"]),
        ("iOS Developer", "Fennel", "Mobile Team", "Pécs", "Jun 2018 – Dec 2019",
            ["Shipped offline reading for the news feed, cached on the device for a week of travel without signal"]),
    ];

    [Fact]
    public void Named_lines_dated_within_a_job_right_under_its_header_are_its_projects_not_jobs()
    {
        var resume = Read("""
            Tomás Ferreira Vidal
            tomas.vidal@example.com | +34 612 345 678

            EXPERIENCE
            Robotics Engineer          Brightgear Labs          Mar 2015 – Present
            Line Follower Rover                                  2016 – 2017
            • Wrote the rover's motor control loop in C++ on a small board
            • Tuned its colour sensor so it kept the line under changing light
            Sorting Arm                                          2018 – 2020
            • Built the arm's gripper and taught it to sort parts by size
            Software Developer         Harbour Systems          Jan 2012 – Feb 2015
            • Kept the billing service's nightly exports running
            """);

        Assert.Equal(["Brightgear Labs", "Harbour Systems"], resume.Work.Select(w => w.Name));
        Assert.Equal([3, 1], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void A_lower_case_header_in_the_entries_larger_type_under_a_wrapped_bullet_opens_the_next_job()
    {
        var resume = Read(EntryLineShapes.TitleEmployerUnit(Jobs));

        Assert.Equal(["Data Engineer", "Data Engineer", "iOS Developer"], resume.Work.Select(w => w.Position));
        Assert.Equal([2, 1, 1], resume.Work.Select(w => w.Highlights.Count));
    }

    [Fact]
    public void A_team_named_after_the_employer_is_a_unit_of_it_and_the_town_after_the_dates_is_the_place()
    {
        var resume = Read(EntryLineShapes.TitleEmployerUnit(Jobs));

        Assert.Equal(["Fennel", "Orchard Bank", "Fennel"], resume.Work.Select(w => w.Name));
        Assert.Equal(["Pécs", "Szeged", "Pécs"], resume.Work.Select(w => w.Location));
        Assert.Equal([("2022-03", null), ("2020-01", "2022-02"), ("2018-06", "2019-12")], resume.Work.Select(w => (w.StartDate, w.EndDate)));
    }

    [Fact]
    public void A_school_beside_the_dates_over_a_degree_line_parted_by_a_comma_is_the_institution_not_the_place()
    {
        var resume = Read("""
            Aoife Brennan
            aoife@example.com

            EDUCATION
            Sep 2014 – Dec 2017        University College Cork
            A.S., Electrical Engineering
            Sep 2012 – Jun 2014        Cork Institute of Technology
            Diploma, Applied Physics
            """);

        Assert.Equal([("University College Cork", "Electrical Engineering"), ("Cork Institute of Technology", "Applied Physics")],
            resume.Education.Select(e => (e.Institution, e.Area)));
    }

    [Fact]
    public void A_title_wrapped_before_bei_gives_the_employer_its_own_line_and_the_bar_after_the_dates_the_town()
    {
        var resume = Read(Docx(
            Styled("Berufserfahrung", "Heading1"),
            Plain("03/2022 – 08/2022 | Kassel"), Bold("Praktikant Einkauf"), Bold("bei Lindenhof GmbH & Co. KG"),
            Plain("Angebote eingeholt und verglichen"),
            Plain("09/2020 – 02/2022 | Göttingen"), Bold("Aushilfe Lager"), Bold("bei Brandt Logistik GmbH"),
            Plain("Wareneingang geprüft und gebucht"),
            Styled("Ausbildung", "Heading1"), Bold("Universität Kassel"), Plain("Bachelor of Science, Wirtschaftsinformatik, 2019 – 2023")));

        Assert.Equal([("Lindenhof GmbH & Co. KG", "Praktikant Einkauf", "Kassel"), ("Brandt Logistik GmbH", "Aushilfe Lager", "Göttingen")],
            resume.Work.Select(w => (w.Name, w.Position, w.Location)));
    }

    [Fact]
    public void A_heading_set_as_the_others_are_but_typed_with_one_letter_wrong_still_opens_its_section()
    {
        var resume = Read(Docx(
            Bold("SUMMARY"), Plain("Programme officer who runs donor reporting for coastal charities."),
            Bold("EDUCATION"), Bold("Westbrook College"), Plain("Bachelor of Arts in Politics, 2015 – 2019"),
            Bold("EXPERIANCE"),
            Bold("Programme Officer"), Plain("Coastal Water Trust, Leeds"), Plain("March 2021 - Present"),
            Bullet("Drafted the quarterly reports for donors"),
            Bold("Research Assistant"), Plain("Westbrook College, Boston, MA"), Plain("August 2019 - December 2019"),
            Bullet("Ran the phone survey of registered voters")));

        Assert.Equal(["Coastal Water Trust", "Westbrook College"], resume.Work.Select(w => w.Name));
        Assert.Equal("Westbrook College", Assert.Single(resume.Education).Institution);
    }

    private static byte[] Docx(params OpenXmlElement[] content) => Compose((body, _) =>
    {
        foreach (var element in content)
        {
            body.Append(element);
        }
    });
}
