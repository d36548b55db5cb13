namespace TrivselsBot.Closing;

public static class ClosingServices
{
    /// <summary>Pulse weeks close when they end: the Monday close run, and the same close as each pulse's safety net.</summary>
    public static IServiceCollection AddWeekClosing(this IServiceCollection services)
    {
        services.AddSingleton<WeekClosing>();
        services.AddSingleton<WeekCloseSchedule>();
        services.AddHostedService(sp => sp.GetRequiredService<WeekCloseSchedule>());
        return services;
    }
}
