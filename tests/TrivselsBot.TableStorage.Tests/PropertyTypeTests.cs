namespace TrivselsBot.TableStorage.Tests;

[Collection(UsesAzurite.Name)]
public sealed class PropertyTypeTests(AzuriteFixture azurite)
{
    public static TheoryData<string, object> Values => new()
    {
        { "String", "hej 'då' ✓" },
        { "EmptyString", string.Empty },
        { "Int32", int.MinValue },
        { "Int64", long.MaxValue },
        { "SmallInt64", 5L },
        { "Double", 0.1 },
        { "WholeDouble", 3.0 },
        { "NegativeDouble", -1.5e300 },
        { "NaN", double.NaN },
        { "Infinity", double.PositiveInfinity },
        { "Boolean", true },
        { "DateTimeOffset", new DateTimeOffset(2026, 3, 2, 10, 11, 12, TimeSpan.Zero).AddTicks(1234567) },
        { "Guid", Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e") },
        { "Binary", new byte[] { 0, 1, 2, 254, 255 } },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Every_supported_type_round_trips_as_the_same_clr_type(string name, object value)
    {
        var table = await azurite.CreateTableAsync();

        await table.InsertAsync(new TableEntity("p", "r") { [name] = value });
        var stored = await table.GetAsync("p", "r");

        Assert.NotNull(stored);
        Assert.IsType(value.GetType(), stored[name]);
        Assert.Equal(value, stored[name]);
    }

    [Fact]
    public async Task Typed_getters_read_every_type_back()
    {
        var table = await azurite.CreateTableAsync();
        var id = Guid.NewGuid();
        var at = new DateTimeOffset(2026, 3, 2, 10, 11, 12, TimeSpan.FromHours(2));
        await table.InsertAsync(new TableEntity("p", "r")
        {
            ["S"] = "s", ["I"] = 1, ["L"] = 2L, ["D"] = 2.0, ["B"] = true, ["T"] = at, ["G"] = id, ["X"] = new byte[] { 9 },
        });

        var stored = (await table.GetAsync("p", "r"))!;

        Assert.Equal("s", stored.GetString("S"));
        Assert.Equal(1, stored.GetInt32("I"));
        Assert.Equal(2L, stored.GetInt64("L"));
        Assert.Equal(2.0, stored.GetDouble("D"));
        Assert.True(stored.GetBoolean("B"));
        Assert.Equal(at, stored.GetDateTimeOffset("T"));
        Assert.Equal(TimeSpan.Zero, stored.GetDateTimeOffset("T")?.Offset);
        Assert.Equal(id, stored.GetGuid("G"));
        Assert.Equal([9], stored.GetBinary("X"));
        Assert.Null(stored.GetString("Absent"));
        Assert.Null(stored.GetInt64("Absent"));
    }

    [Fact]
    public async Task A_utc_DateTime_is_stored_as_a_DateTimeOffset()
    {
        var table = await azurite.CreateTableAsync();
        var at = new DateTime(2026, 3, 2, 10, 11, 12, DateTimeKind.Utc);

        await table.InsertAsync(new TableEntity("p", "r") { ["At"] = at });

        Assert.Equal(new DateTimeOffset(at), (await table.GetAsync("p", "r"))?.GetDateTimeOffset("At"));
    }

    [Fact]
    public async Task A_null_property_is_not_stored()
    {
        var table = await azurite.CreateTableAsync();

        await table.InsertAsync(new TableEntity("p", "r") { ["Nothing"] = null, ["Something"] = "x" });

        Assert.Equal(["Something"], (await table.GetAsync("p", "r"))?.Keys);
    }
}
