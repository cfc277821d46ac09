using Pipeline.ServiceDefaults;
using Pipeline.Stages;
using Pipeline.Stages.Hosting;

// Settings files sit beside the binary; relative data paths stay relative to where the service was started.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddServiceDefaults();
builder.AddStageWorker("http://localhost:5101", bus => bus.AddParseStage());

var app = builder.Build();
app.MapDefaultEndpoints();
app.Run();
