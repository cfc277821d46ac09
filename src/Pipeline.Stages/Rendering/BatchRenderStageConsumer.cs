using Microsoft.Extensions.Logging;
using Pipeline.Storage;
using Resume.Rendering;

namespace Pipeline.Stages.Rendering;

/// <summary>The same stage on the batch lane: a type of its own only so its queue has a definition of its own.</summary>
public sealed class BatchRenderStageConsumer(IBlobStore blobs, ReportRenderer reports, OptimizedResumeWriter optimized, ILogger<RenderStageConsumer> logger)
    : RenderStageConsumer(blobs, reports, optimized, logger);
