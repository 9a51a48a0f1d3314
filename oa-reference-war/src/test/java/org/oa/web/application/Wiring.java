package org.oa.web.application;

import java.lang.reflect.Field;

/**
 * Sets a bean's {@code @Inject} field from a test in another package, as the container would. Tests of one
 * business area wire collaborators from other areas (the audit, the payer catalog) whose fields they cannot see.
 */
public final class Wiring {

    private Wiring() {
    }

    /** Sets {@code bean}'s field {@code name} (declared by its class or a superclass) to {@code value}. */
    public static void inject(Object bean, String name, Object value) {
        for (Class<?> type = bean.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(bean, value);
                return;
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("cannot set " + type.getSimpleName() + "." + name, e);
            }
        }
        throw new IllegalArgumentException(bean.getClass().getSimpleName() + " has no field " + name);
    }
}
