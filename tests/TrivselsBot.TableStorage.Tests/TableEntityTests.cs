namespace TrivselsBot.TableStorage.Tests;

public sealed class TableEntityTests
{
    [Theory]
    [InlineData(1.5f)]
    [InlineData('c')]
    [InlineData((short)1)]
    [InlineData((byte)1)]
    public void Unsupported_value_types_are_refused(object value)
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["Value"] = value);
        Assert.Throws<ArgumentException>(() => entity.Add("Value", value));
    }

    [Fact]
    public void Decimal_and_DateTime_of_unspecified_kind_are_refused()
    {
        var entity = new TableEntity("p", "r");

        Assert.Throws<ArgumentException>(() => entity["Money"] = 1.5m);
        Assert.Throws<ArgumentException>(() => entity["At"] = new DateTime(2026, 1, 1));
    }

    [Theory]
    [InlineData("PartitionKey")]
    [InlineData("RowKey")]
    [InlineData("Timestamp")]
    [InlineData("Name@odata.type")]
    [InlineData("odata.etag")]
    [InlineData("9lives")]
    [InlineData("")]
    public void System_and_malformed_property_names_are_refused(string name)
    {
        Assert.Throws<ArgumentException>(() => new TableEntity("p", "r")[name] = "x");
    }

    [Fact]
    public void A_typed_getter_of_the_wrong_type_throws_InvalidCastException()
    {
        var entity = new TableEntity("p", "r") { ["Name"] = "text" };

        Assert.Throws<InvalidCastException>(() => entity.GetInt32("Name"));
    }

    [Fact]
    public void Int32_values_widen_for_the_Int64_and_Double_getters()
    {
        var entity = new TableEntity("p", "r") { ["Count"] = 3 };

        Assert.Equal(3L, entity.GetInt64("Count"));
        Assert.Equal(3.0, entity.GetDouble("Count"));
    }

    [Fact]
    public void Non_utc_moments_are_kept_as_the_same_instant_in_utc()
    {
        var at = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.FromHours(1));
        var entity = new TableEntity("p", "r") { ["At"] = at };

        Assert.Equal(TimeSpan.Zero, entity.GetDateTimeOffset("At")?.Offset);
        Assert.Equal(at, entity.GetDateTimeOffset("At"));
    }

    [Fact]
    public void Property_names_are_case_sensitive()
    {
        var entity = new TableEntity("p", "r") { ["name"] = "lower", ["Name"] = "upper" };

        Assert.Equal(2, entity.Count);
        Assert.Equal("lower", entity.GetString("name"));
    }
}
