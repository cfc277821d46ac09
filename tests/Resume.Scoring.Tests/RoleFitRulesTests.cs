using Resume.Model;
using static Resume.Scoring.Tests.FieldResumes;

namespace Resume.Scoring.Tests;

/// <summary>
/// The general rules role fit rests on, each on a résumé written the way people of the field write them: a title that
/// several guides share, a title with nothing of its field beside it, students, letters after a name, civil engineers,
/// a job whose title and employer changed places. The people here are not those of <see cref="Resume.Fixtures.RoleFitEvalSet"/>,
/// so a rule is shown on résumés the evaluation did not already count.
/// </summary>
public sealed class RoleFitRulesTests
{
    [Fact]
    public void A_generic_software_title_leaves_the_choice_between_neighbouring_guides_to_the_skills_and_work()
    {
        var fullStack = Of("Leila Haddad", "Software Developer",
            [Job("Software Developer", "Souk Sellers", "2021-09", null,
                "Built the seller storefront pages in React and the Node.js API they call, used by 9,000 sellers",
                "Modelled PostgreSQL tables for listings and cut the search page's load from 3 s to 600 ms")],
            skills: ["JavaScript", "TypeScript", "React", "HTML", "CSS", "Node.js", "Express", "PostgreSQL", "MongoDB", "Jest"]);
        var backend = Of("Kwame Asante", "Software Developer",
            [Job("Software Developer", "Accra Ledger", "2020-02", null,
                "Wrote the payments reconciliation service in Java on Spring Boot, 2M transactions a day",
                "Moved nightly batch jobs to Kafka consumers, cutting settlement delay from 6 h to 10 min")],
            skills: ["Java", "Spring Boot", "Kotlin", "PostgreSQL", "Redis", "Kafka", "Docker", "Kubernetes", "gRPC"]);

        Assert.Equal("full-stack-developer", Scoring.Score(fullStack, RoleGuideCatalog.Auto).RoleFit!.Role);
        Assert.Equal("backend-developer", Scoring.Score(backend, RoleGuideCatalog.Auto).RoleFit!.Role);
    }

    [Fact]
    public void A_title_with_nothing_else_of_its_field_beside_it_does_not_make_a_fit()
    {
        var plantGeneticist = Of("Tomás Herrera", null,
            [Job("Research Scientist", "Andes Crop Genomics", "2021-05", null,
                "Breed drought-tolerant maize lines and run field trials at 4 sites",
                "Genotype 2,000 plants a season by marker-assisted selection and train two field technicians")],
            [Studies("PhD", "Plant Genetics", "2015-09", "2020-12")],
            ["Plant breeding", "Marker-assisted selection", "PCR", "Field trials", "Greenhouse management"]);

        var auto = Scoring.Score(plantGeneticist, RoleGuideCatalog.Auto);
        var asked = Scoring.Score(plantGeneticist, "data-scientist");

        Assert.Equal(RoleGuideCatalog.General, auto.RoleFit!.Role);
        Assert.Equal(RoleFits.Poor, asked.RoleFit!.Fit);
    }

    [Fact]
    public void A_student_with_no_job_title_of_the_field_fits_the_guide_of_their_studies()
    {
        var student = Of("Priya Natarajan", null,
            [Job("Lifeguard", "Eastside Leisure Centre", "2023-05", "2025-08", "Kept watch over a 25 m pool and gave safety talks to visiting school groups")],
            [Studies("Bachelor of Arts in Education", "Elementary Education", "2022-09", "2026-06")],
            ["Lesson planning", "Classroom management", "Differentiated instruction", "Seesaw"]);

        var auto = Scoring.Score(student, RoleGuideCatalog.Auto);

        Assert.Equal("teacher", auto.RoleFit!.Role);
        Assert.Contains("Education: Bachelor of Arts in Education, Elementary Education", auto.RoleFit.Evidence);
        Assert.NotEqual(RoleFits.Poor, Scoring.Score(student, "teacher").RoleFit!.Fit);
    }

    [Fact]
    public void Letters_after_the_name_are_read_as_the_title()
    {
        var nurse = Of("Marcus Lindqvist, RN", null,
            [Job("Days, Cardiac Step-Down Unit", "St. Luke's Regional", "2019-03", null,
                "Monitored telemetry for 4 patients per shift after cardiac catheterisation and titrated heparin drips to protocol")],
            skills: ["Telemetry", "Patient assessment", "Cerner"]);

        var report = Scoring.Score(nurse, RoleGuideCatalog.Auto);

        Assert.Equal("registered-nurse", report.RoleFit!.Role);
        Assert.Contains("Title: Marcus Lindqvist, RN", report.RoleFit.Evidence);
    }

    [Fact]
    public void A_civil_engineer_fits_the_engineering_guide_and_not_a_software_one()
    {
        var civil = Of("Chidi Nwosu", "Civil Engineer",
            [Job("Civil Engineer", "Harbourside Infrastructure", "2018-03", null,
                "Designed drainage and road layouts for 3 housing estates of 400 homes",
                "Checked culvert and retaining wall calculations before they went for approval")],
            [Studies("BEng", "Civil Engineering", "2012-09", "2016-06")],
            ["AutoCAD Civil 3D", "MicroStation", "Revit", "Structural analysis"]);

        var auto = Scoring.Score(civil, RoleGuideCatalog.Auto);
        var asBackend = Scoring.Score(civil, "backend-developer");

        Assert.Equal("mechanical-engineer", auto.RoleFit!.Role);
        Assert.Equal(RoleFits.Good, auto.RoleFit.Fit);
        Assert.Equal("Mechanical or Civil Engineer", auto.RoleFit.RoleTitle);
        Assert.Equal(RoleFits.Poor, asBackend.RoleFit!.Fit);
        Assert.Equal("mechanical-engineer", asBackend.RoleFit.BestRole);
    }

    [Fact]
    public void A_job_whose_title_and_employer_changed_places_still_shows_its_title()
    {
        var swapped = Of("Hamish Grant", null,
            [Job("Caledonia Logistics plc", "Management Accountant", "2019-05", null,
                "Prepared monthly management accounts and variance analysis for 6 depots")],
            skills: ["Management accounts", "Variance analysis", "Sage 50"]);

        var report = Scoring.Score(swapped, RoleGuideCatalog.Auto);

        Assert.Equal("accountant", report.RoleFit!.Role);
        Assert.Contains(report.RoleFit.Evidence, e => e.StartsWith("Title: ", StringComparison.Ordinal) && e.Contains("Management Accountant", StringComparison.Ordinal));
    }
}
