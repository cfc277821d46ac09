using MassTransit;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pipeline.Stages.Parsing;
using Pipeline.Stages.Rendering;
using Pipeline.Stages.Scoring;
using Resume.Fonts;
using Resume.Parsing;
using Resume.Rendering;
using Resume.Scoring;

namespace Pipeline.Stages;

/// <summary>Adds a stage's consumer and its plain-code stage to a bus; the workers add one each, the all-in-one host all three.</summary>
public static class StageRegistration
{
    public static IBusRegistrationConfigurator AddParseStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new ResumeParser());
        bus.AddConsumer<ParseStageConsumer, ParseStageConsumerDefinition>();
        return bus;
    }

    public static IBusRegistrationConfigurator AddScoreStage(this IBusRegistrationConfigurator bus)
    {
        bus.TryAddSingleton(new ResumeScorer(RoleGuideCatalog.BuiltIn));
        bus.AddConsumer<ScoreStageConsumer, ScoreStageConsumerDefinition>();
        return bus;
    }

    public static IBusRegistrationConfigurator AddRenderStage(this IBusRegistrationConfigurator bus)
    {
        PdfFonts.Register();
        bus.TryAddSingleton(new ReportRenderer());
        bus.TryAddSingleton(new OptimizedResumeWriter());
        bus.AddConsumer<RenderStageConsumer, RenderStageConsumerDefinition>();
        return bus;
    }

    public static IBusRegistrationConfigurator AddAllStages(this IBusRegistrationConfigurator bus) =>
        bus.AddParseStage().AddScoreStage().AddRenderStage();
}
