package id.iga.json;

import id.iga.IgaException;
import id.iga.Location;
import id.iga.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.annotation.Nullable;

/**
 * One document being turned into model objects: its source name, and typed access to its {@link Node}s that throws
 * {@link IgaException} with the source, line, column and pointer of the value at fault.
 */
final class Doc {
  private final String source;

  /**
   * @param source the name errors give the document
   */
  Doc(String source) {
    this.source = source;
  }

  /**
   * @param pos a place in the document
   * @return the location of that place
   */
  Location at(Node.Pos pos) {
    return new Location(source, pos.line(), pos.column(), pos.pointer());
  }

  /**
   * @param node a value
   * @param problem what is wrong with it and what was expected
   * @return an error at the value
   */
  IgaException error(Node node, Message problem) {
    return error(node.pos(), problem);
  }

  /**
   * @param pos a place
   * @param problem what is wrong and what was expected
   * @return an error at the place
   */
  IgaException error(Node.Pos pos, Message problem) {
    return new IgaException(problem, at(pos));
  }

  /**
   * @param e an error a model constructor threw without a place
   * @param node the value the model object was built from
   * @return the same problem at the value; an error already placed in the document as it is
   */
  IgaException relocate(IgaException e, Node node) {
    if (e.location().isPresent() && e.location().get().line() > 0) {
      return e;
    }
    return e.at(at(node.pos()));
  }

  /**
   * @param node a value
   * @return it as an object
   * @throws IgaException when it is not one
   */
  Node.Obj object(Node node) {
    if (node instanceof Node.Obj o) {
      return o;
    }
    throw error(node, Message.of("json.expectedObject", node.describe()));
  }

  /**
   * @param node a value
   * @return it as an array
   * @throws IgaException when it is not one
   */
  Node.Arr array(Node node) {
    if (node instanceof Node.Arr a) {
      return a;
    }
    throw error(node, Message.of("json.expectedArray", node.describe()));
  }

  /**
   * @param node a value
   * @return it as a string
   * @throws IgaException when it is not one
   */
  String string(Node node) {
    if (node instanceof Node.Str s) {
      return s.value();
    }
    throw error(node, Message.of("json.expectedString", node.describe()));
  }

  /**
   * @param node a value
   * @return it as a boolean
   * @throws IgaException when it is not one
   */
  boolean bool(Node node) {
    if (node instanceof Node.Bool b) {
      return b.value();
    }
    throw error(node, Message.of("json.expectedBoolean", node.describe()));
  }

  /**
   * @param node a value
   * @return it as an exact decimal
   * @throws IgaException when it is not a number
   */
  BigDecimal decimal(Node node) {
    if (node instanceof Node.Num n) {
      return n.value();
    }
    throw error(node, Message.of("json.expectedNumber", node.describe()));
  }

  /**
   * @param node a value
   * @return it as an int
   * @throws IgaException when it is not a JSON integer that fits an int
   */
  int integer(Node node) {
    return integer(node, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * @param node a value
   * @param min the least accepted
   * @param max the most accepted
   * @return it as an int
   * @throws IgaException when it is not a JSON integer in {@code min..max}
   */
  int integer(Node node, int min, int max) {
    boolean any = min == Integer.MIN_VALUE && max == Integer.MAX_VALUE;
    if (!(node instanceof Node.Num n)) {
      throw error(node, expectedInteger(any, min, max, node.describe()));
    }
    if (!n.integral()) {
      throw error(node, expectedInteger(any, min, max, n.value().toPlainString()));
    }
    BigDecimal v = n.value();
    if (v.compareTo(BigDecimal.valueOf(min)) < 0 || v.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw error(node, expectedInteger(false, min, max, v.toPlainString()));
    }
    return v.intValueExact();
  }

  /**
   * The problem of a value that is not the integer expected; both readers word it so.
   *
   * @param any whether any integer was expected (an int), or one in {@code min..max}
   * @param min the least accepted
   * @param max the most accepted
   * @param found the value's JSON type ({@link Node#describe()}), or the number as written
   * @return the problem
   */
  static Message expectedInteger(boolean any, int min, int max, Object found) {
    return any ? Message.of("json.expectedInteger", found) : Message.of("json.expectedIntegerIn", min, max, found);
  }

  /**
   * The problem of a string that names no constant of an enum; both readers word it so.
   *
   * @param type the enum
   * @param found the string
   * @return the problem, listing the constants
   */
  static Message expectedOneOf(Class<? extends Enum<?>> type, String found) {
    return Message.of("json.expectedOneOf", Arrays.stream(type.getEnumConstants()).map(Enum::name)
        .collect(Collectors.joining(", ")), found);
  }

  /**
   * The problem of a key an object does not allow; both readers word it so.
   *
   * @param name the key
   * @param allowed the keys the object may have
   * @return the problem, listing them
   */
  static Message unknownField(String name, List<String> allowed) {
    return allowed.isEmpty() ? Message.of("json.unknownFieldNone", name)
        : Message.of("json.unknownField", name, String.join(", ", allowed));
  }

  /**
   * @param node a value
   * @param type an enum
   * @param <E> the enum
   * @return the constant the string names
   * @throws IgaException when it is not a string naming a constant; the message lists them
   */
  <E extends Enum<E>> E constant(Node node, Class<E> type) {
    String name = string(node);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    throw error(node, expectedOneOf(type, name));
  }

  /**
   * @param node a value
   * @param unique whether a string may appear only once
   * @return it as a list of strings
   * @throws IgaException when it is not an array of strings, or repeats one when they must be unique
   */
  List<String> strings(Node node, boolean unique) {
    Node.Arr a = array(node);
    List<String> out = new ArrayList<>(a.items().size());
    Set<String> seen = unique ? new HashSet<>() : Set.of();
    for (Node item : a.items()) {
      String s = string(item);
      if (unique && !seen.add(s)) {
        throw error(item, Message.of("json.expectedOnce", s));
      }
      out.add(s);
    }
    return out;
  }

  /**
   * @param node a value
   * @param allowed the keys the object may have
   * @return the object's fields
   * @throws IgaException when it is not an object, or has a key not allowed (the message lists the allowed ones)
   */
  Fields fields(Node node, String... allowed) {
    Node.Obj o = object(node);
    List<String> keys = List.of(allowed);
    o.members().forEach((k, m) -> {
      if (!keys.contains(k)) {
        throw error(m.key(), unknownField(k, keys));
      }
    });
    return new Fields(o);
  }

  /** The fields of one object whose keys have been checked. */
  final class Fields {
    private final Node.Obj obj;

    private Fields(Node.Obj obj) {
      this.obj = obj;
    }

    /**
     * @param name a key
     * @return whether the object has it
     */
    boolean has(String name) {
      return obj.members().containsKey(name);
    }

    /**
     * @param name a key
     * @return its value
     * @throws IgaException when the object lacks it
     */
    Node required(String name) {
      Node.Member m = obj.members().get(name);
      if (m == null) {
        throw error(obj, Message.of("json.missingField", name));
      }
      return m.value();
    }

    /**
     * @param name a key
     * @return its value, or null when absent
     */
    @Nullable Node optional(String name) {
      Node.Member m = obj.members().get(name);
      return m == null ? null : m.value();
    }

    String string(String name) {
      return Doc.this.string(required(name));
    }

    @Nullable String optionalString(String name) {
      Node n = optional(name);
      return n == null ? null : Doc.this.string(n);
    }

    int integer(String name) {
      return Doc.this.integer(required(name));
    }

    BigDecimal decimal(String name) {
      return Doc.this.decimal(required(name));
    }

    boolean bool(String name) {
      return Doc.this.bool(required(name));
    }

    <E extends Enum<E>> E constant(String name, Class<E> type) {
      return Doc.this.constant(required(name), type);
    }
  }
}
