package cn.harbin.fertility.policy;

import java.util.Map;

/**
 * Where the operator keeps the dated figures of the schemes (README "Policy parameters"). Policy code reads
 * them through this interface and never knows how they are stored.
 */
public interface PolicyParameterSource {

  /** Every parameter of a scheme by name, its values still as text. */
  Map<String, DatedParameter<String>> parametersOf(String scheme);
}
