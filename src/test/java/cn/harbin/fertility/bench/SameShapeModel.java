package cn.harbin.fertility.bench;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * A copy of one of our process models with our work taken out and the engine's left in, for the engine-ratio
 * benchmark: the same events, tasks, gateways, timers, call activities and multi-instances, under the key
 * {@code shape-<key>}. Every service task and every listener that calls our code becomes {@code ${shapeStep}}, which
 * only sets the variables the real step set in a recorded case ({@link RecordedCase}); an expression that calls one of
 * our beans (a routing rule, a due date, a collection) becomes a constant or the recorded value. Expressions on the
 * engine's own objects ({@code execution}, {@code task}) and on process variables stay as they are.
 */
final class SameShapeModel {

  static final String PREFIX = "shape-";
  static final String STEP = "${shapeStep}";

  /** {@code name.} or {@code name(} inside an expression, where name is not the engine's execution or task. */
  private static final Pattern BEAN_CALL = Pattern.compile("(?<![\\w.'])(?!execution\\b|task\\b)[A-Za-z_]\\w*\\s*[.(]");
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{[^}]*}");

  private SameShapeModel() {}

  static String keyOf(String processKey) {
    return PREFIX + processKey;
  }

  /** The real key of a model's process, shape or not. */
  static String realKey(String processKey) {
    return processKey.startsWith(PREFIX) ? processKey.substring(PREFIX.length()) : processKey;
  }

  static BpmnModelInstance of(BpmnModelInstance real) {
    BpmnModelInstance shape = Bpmn.readModelFromStream(new ByteArrayInputStream(
        Bpmn.convertToString(real).getBytes(StandardCharsets.UTF_8)));
    Process process = shape.getModelElementsByType(Process.class).iterator().next();
    String key = process.getId();
    process.setId(keyOf(key));
    for (ServiceTask task : shape.getModelElementsByType(ServiceTask.class)) {
      becomeTheStep(task);
    }
    for (CamundaExecutionListener listener : shape.getModelElementsByType(CamundaExecutionListener.class)) {
      if (calledOurs(listener.getCamundaExpression(), listener.getCamundaDelegateExpression(),
          listener.getCamundaClass())) {
        becomeTheStep(listener);
      }
    }
    for (CamundaTaskListener listener : shape.getModelElementsByType(CamundaTaskListener.class)) {
      if (calledOurs(listener.getCamundaExpression(), listener.getCamundaDelegateExpression(),
          listener.getCamundaClass())) {
        becomeTheStep(listener);
      }
    }
    for (UserTask task : shape.getModelElementsByType(UserTask.class)) {
      replaceIfOurs(task::getCamundaCandidateGroups, task::setCamundaCandidateGroups, "shape-bureau");
      replaceIfOurs(task::getCamundaCandidateUsers, task::setCamundaCandidateUsers, "shape-user");
      replaceIfOurs(task::getCamundaAssignee, task::setCamundaAssignee, "shape-user");
      replaceIfOurs(task::getCamundaDueDate, task::setCamundaDueDate, "P1D");
      replaceIfOurs(task::getCamundaFollowUpDate, task::setCamundaFollowUpDate, "P1D");
    }
    for (TimerEventDefinition timer : shape.getModelElementsByType(TimerEventDefinition.class)) {
      if (timer.getTimeDate() != null) {
        replaceIfOurs(timer.getTimeDate()::getTextContent, timer.getTimeDate()::setTextContent, "2099-12-31T00:00:00");
      }
      if (timer.getTimeDuration() != null) {
        replaceIfOurs(timer.getTimeDuration()::getTextContent, timer.getTimeDuration()::setTextContent, "P3650D");
      }
      if (timer.getTimeCycle() != null) {
        replaceIfOurs(timer.getTimeCycle()::getTextContent, timer.getTimeCycle()::setTextContent, "R/P3650D");
      }
    }
    for (MultiInstanceLoopCharacteristics loop : shape.getModelElementsByType(MultiInstanceLoopCharacteristics.class)) {
      String activityId = ((Activity) loop.getParentElement()).getId();
      replaceIfOurs(loop::getCamundaCollection, loop::setCamundaCollection,
          "${shapeStep.collection('" + key + "', '" + activityId + "')}");
    }
    for (ConditionExpression condition : shape.getModelElementsByType(ConditionExpression.class)) {
      if (callsOurs(condition.getTextContent())) {
        throw new IllegalArgumentException(key + ": a condition calls our code, which the shape cannot replay: "
            + condition.getTextContent());
      }
    }
    for (CallActivity call : shape.getModelElementsByType(CallActivity.class)) {
      call.setCalledElement(keyOf(call.getCalledElement()));
    }
    // Message names are global to the engine: the shape's must not answer the real process's correlations.
    for (Message message : shape.getModelElementsByType(Message.class)) {
      message.setName(keyOf(message.getName()));
    }
    return shape;
  }

  /** The keys a model calls, so that their shapes are deployed too. */
  static List<String> calledKeys(BpmnModelInstance real) {
    Collection<CallActivity> calls = real.getModelElementsByType(CallActivity.class);
    return calls.stream().map(CallActivity::getCalledElement).distinct().toList();
  }

  private static void becomeTheStep(ModelElementInstance element) {
    for (String attribute : List.of("class", "expression", "resultVariable")) {
      element.removeAttributeNs(BpmnModelConstants.CAMUNDA_NS, attribute);
    }
    element.setAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "delegateExpression", STEP);
  }

  private static boolean calledOurs(String expression, String delegateExpression, String className) {
    return className != null || delegateExpression != null || callsOurs(expression);
  }

  private static boolean callsOurs(String text) {
    if (text == null) {
      return false;
    }
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      if (BEAN_CALL.matcher(expressions.group().substring(2)).find()) {
        return true;
      }
    }
    return false;
  }

  private static void replaceIfOurs(Supplier<String> value, Consumer<String> replace, String constant) {
    if (callsOurs(value.get())) {
      replace.accept(constant);
    }
  }
}
