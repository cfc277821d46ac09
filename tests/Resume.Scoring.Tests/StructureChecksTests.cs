using Resume.Model;

namespace Resume.Scoring.Tests;

public sealed class StructureChecksTests
{
    [Fact]
    public void A_missing_summary_section_is_named_and_the_fix_gives_the_guides_example()
    {
        var resume = Resumes.Strong() with { Basics = Resumes.Strong().Basics with { Summary = null } };

        var check = Scoring.Check(resume.WithSections(SectionKinds.Skills, SectionKinds.Work, SectionKinds.Education), CheckIds.SectionsPresent);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(75, check.Score);
        Assert.Contains("missing: Summary", check.Detail);
        Assert.Equal(["Sections: Technical Skills · Professional Experience · Education"], check.Evidence);
        Assert.Contains("Backend engineer with 6 years", check.Fix);
    }

    [Fact]
    public void Skills_below_experience_is_out_of_the_guides_order_and_the_fix_gives_the_order_in_the_resumes_own_headings()
    {
        var resume = Resumes.Strong().WithSections(SectionKinds.Summary, SectionKinds.Work, SectionKinds.Education, SectionKinds.Skills);

        var check = Scoring.Check(resume, CheckIds.SectionOrder);

        Assert.Equal(CheckStatus.Warn, check.Status);
        Assert.Equal(67, check.Score);
        Assert.Contains("2 of 6 pairs", check.Detail);
        Assert.Equal(["Sections: Summary · Professional Experience · Education · Technical Skills"], check.Evidence);
        Assert.Equal("Reorder the sections to: contact details → Summary → Technical Skills → Professional Experience → Education.", check.Fix);
    }

    [Fact]
    public void Sections_in_reverse_order_fail()
    {
        var resume = Resumes.Strong().WithSections(SectionKinds.Education, SectionKinds.Work, SectionKinds.Skills, SectionKinds.Summary);

        var check = Scoring.Check(resume, CheckIds.SectionOrder);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Equal(0, check.Score);
    }

    [Fact]
    public void Without_the_documents_section_order_the_order_check_carries_no_weight()
    {
        var report = Scoring.Score(Resumes.Strong().WithSections());

        var check = report.Check(CheckIds.SectionOrder);
        Assert.Equal(0, check.Weight);
        Assert.Contains("not judged", check.Detail);
    }

    [Fact]
    public void An_older_job_listed_first_breaks_reverse_chronological_order()
    {
        var resume = Resumes.Strong().WithWork(Resumes.Strong().Work[1], Resumes.Strong().Work[0]);

        var check = Scoring.Check(resume, CheckIds.ReverseChronological);

        Assert.Equal(CheckStatus.Fail, check.Status);
        Assert.Contains("Backend Engineer, Parcelpath (from 2019-01) is listed above Senior Backend Engineer, Ledgerline (from 2022-03)", check.Detail);
        Assert.Equal("List positions newest first: Senior Backend Engineer, Ledgerline → Backend Engineer, Parcelpath.", check.Fix);
        Assert.Equal(2, check.Evidence.Count);
    }

    [Fact]
    public void A_start_date_after_today_is_flagged_with_today_taken_from_the_clock()
    {
        var resume = Resumes.Strong().WithWork(new Work { Name = "Nextco", Position = "Staff Engineer", StartDate = "2026-09" }, Resumes.Strong().Work[0] with { EndDate = "2026-05" });

        var check = Scoring.Check(resume, CheckIds.DatesConsistent);

        Assert.NotEqual(CheckStatus.Pass, check.Status);
        Assert.Contains("Staff Engineer, Nextco starts in the future (2026-09, today is 2026-06)", check.Detail);
        Assert.Contains("Staff Engineer, Nextco (2026-09 – present)", check.Evidence);
    }

    [Fact]
    public void Two_full_time_jobs_that_overlap_are_flagged_but_a_promotion_or_a_part_time_role_is_not()
    {
        Work Job(string company, string title, string start, string? end) => new() { Name = company, Position = title, StartDate = start, EndDate = end };
        var overlapping = Resumes.Strong().WithWork(Job("Ledgerline", "Engineer", "2021-01", null), Job("Parcelpath", "Engineer", "2019-01", "2021-08"));
        var promotion = Resumes.Strong().WithWork(Job("Ledgerline", "Lead", "2021-01", null), Job("Ledgerline", "Engineer", "2019-01", "2021-08"));
        var partTime = Resumes.Strong().WithWork(Job("Ledgerline", "Engineer", "2021-01", null), Job("Parcelpath", "Part-time mentor", "2019-01", "2021-08"));

        var check = Scoring.Check(overlapping, CheckIds.DatesConsistent);

        Assert.Contains("overlap by 7 months", check.Detail);
        Assert.Contains("part-time", check.Fix);
        Assert.Equal(CheckStatus.Pass, Scoring.Check(promotion, CheckIds.DatesConsistent).Status);
        Assert.Equal(CheckStatus.Pass, Scoring.Check(partTime, CheckIds.DatesConsistent).Status);
    }

    [Fact]
    public void A_gap_over_six_months_is_flagged_unless_studies_fill_it()
    {
        Work Job(string company, string start, string? end) => new() { Name = company, Position = "Engineer", StartDate = start, EndDate = end };
        var gap = Resumes.Strong().WithWork(Job("Ledgerline", "2022-03", null), Job("Parcelpath", "2019-01", "2021-05"));
        var studying = gap with { Education = [new Education { Institution = "University of Leeds", StudyType = "MSc", StartDate = "2021-06", EndDate = "2022-02" }] };

        var check = Scoring.Check(gap, CheckIds.DatesConsistent);

        Assert.Contains("10-month gap between Engineer, Parcelpath (ended 2021-05) and Engineer, Ledgerline (started 2022-03)", check.Detail);
        Assert.Contains("Career break", check.Fix);
        Assert.Equal(CheckStatus.Pass, Scoring.Check(studying, CheckIds.DatesConsistent).Status);
    }

    [Fact]
    public void A_new_graduates_clinical_rotations_need_no_dates_and_run_alongside_a_job_but_an_undated_job_is_flagged()
    {
        Work Rotation(string unit, string hospital, string? start = null, string? end = null) =>
            new() { Name = hospital, Position = $"{unit} Clinical Rotation", StartDate = start, EndDate = end };
        var job = new Work { Name = "Riverside General Hospital", Position = "Patient Care Technician", StartDate = "2024-06" };
        var newGraduate = Resumes.Strong().WithWork(job,
            Rotation("Medical-Surgical", "Mercy Hospital", "2025-01", "2025-04"), Rotation("Pediatrics", "St. Brigid Medical Center"),
            Rotation("Emergency Department", "Riverside General Hospital"));
        var undatedJob = Resumes.Strong().WithWork(job, new Work { Name = "Lakeview Clinic", Position = "Medical Assistant" });

        var check = Scoring.Check(newGraduate, CheckIds.DatesConsistent);

        Assert.Equal(CheckStatus.Pass, check.Status);
        Assert.Equal(CheckStatus.Pass, Scoring.Check(newGraduate, CheckIds.ReverseChronological).Status);
        Assert.Contains("Medical Assistant, Lakeview Clinic has no start date", Scoring.Check(undatedJob, CheckIds.DatesConsistent).Detail);
    }

    [Fact]
    public void A_students_undated_entries_under_a_clinical_heading_are_placements_but_an_experienced_nurses_are_not()
    {
        Work[] work =
        [
            new() { Name = "Riverside General Hospital", Position = "Patient Care Technician", StartDate = "2024-06" },
            new() { Name = "Mercy Hospital", Position = "Medical-Surgical Unit" },
            new() { Name = "St. Brigid Medical Center", Position = "Pediatrics" },
        ];
        SectionInfo[] sections = [new(SectionKinds.Work, "Work Experience"), new(SectionKinds.Work, "Clinical Experience"), new(SectionKinds.Education, "Education")];
        var student = FieldResumes.Of("Jordan Lee", "Nursing Student", work, [FieldResumes.Studies("BSN", "Nursing", "2022-09", "2026-05")], sections: sections);
        var experienced = student with { Education = [FieldResumes.Studies("BSN", "Nursing", "2008-09", "2012-05")] };

        Assert.Equal(CheckStatus.Pass, Scoring.Check(student, CheckIds.DatesConsistent).Status);
        Assert.Contains("Medical-Surgical Unit, Mercy Hospital has no start date", Scoring.Check(experienced, CheckIds.DatesConsistent).Detail);
    }

    [Fact]
    public void A_job_that_ends_before_it_starts_is_flagged()
    {
        var resume = Resumes.Strong().WithWork(new Work { Name = "Parcelpath", Position = "Engineer", StartDate = "2021-05", EndDate = "2020-01" });

        var check = Scoring.Check(resume, CheckIds.DatesConsistent);

        Assert.Contains("ends (2020-01) before it starts (2021-05)", check.Detail);
    }

    [Theory]
    [InlineData(1, 430, 3, CheckStatus.Pass)]
    [InlineData(2, 900, 3, CheckStatus.Warn)]
    [InlineData(3, 1400, 3, CheckStatus.Fail)]
    [InlineData(2, 900, 7.5, CheckStatus.Pass)]
    [InlineData(2, 900, 9, CheckStatus.Pass)]
    [InlineData(1, 120, 3, CheckStatus.Warn)]
    public void Length_is_judged_by_the_guides_page_rule_for_the_years_of_experience(int pages, int words, double years, string status)
    {
        var start = new DateOnly(2026, 6, 1).AddMonths(-(int)Math.Round(years * 12));
        var resume = Resumes.Strong().WithWork(new Work { Name = "Ledgerline", Position = "Engineer", StartDate = $"{start:yyyy-MM}", Highlights = Resumes.StrongBullets }) with
        {
            Meta = Resumes.Strong().Meta with { PageCount = pages, WordCount = words },
        };

        var check = Scoring.Check(resume, CheckIds.Length);

        Assert.Equal(status, check.Status);
        Assert.Contains($"Words: {words}", check.Evidence);
        if (status != CheckStatus.Pass)
        {
            Assert.NotEmpty(check.Fix);
        }
    }
}
