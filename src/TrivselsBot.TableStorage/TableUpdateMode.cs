namespace TrivselsBot.TableStorage;

public enum TableUpdateMode
{
    /// <summary>The stored entity becomes exactly the entity sent.</summary>
    Replace,

    /// <summary>Properties sent overwrite stored ones; other stored properties are kept.</summary>
    Merge,
}
