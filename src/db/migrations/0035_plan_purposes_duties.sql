-- A plan as the province writes it: I. Mục đích, yêu cầu (purposes) and II. Nhiệm vụ cụ thể (the
-- duties of every body), before III. Phân công thực hiện (the tasks assigned to agencies, plan_task).
ALTER TABLE plan
  ADD COLUMN purposes text[] NOT NULL DEFAULT '{}',
  ADD COLUMN duties text[] NOT NULL DEFAULT '{}';
